import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { error, type HttpResult, preflight } from './responses.ts';
import { echo, hello, item, logo } from './routes.ts';

interface Route {
  method: string;
  path: RegExp;
  run: (event: APIGatewayProxyEventV2, params: string[]) => HttpResult;
}

const routes: Route[] = [
  { method: 'GET', path: /^\/hello$/, run: hello },
  { method: 'POST', path: /^\/echo$/, run: echo },
  { method: 'GET', path: /^\/items\/([^/]+)$/, run: (_event, [id]) => item(id ?? '') },
  { method: 'GET', path: /^\/logo\.png$/, run: () => logo() },
];

/** The path without the stage: on a named stage, rawPath starts with "/<stage>". */
export function routePath(event: APIGatewayProxyEventV2): string {
  // Solution: only the $default stage is served at the root; "/prod/hello" is "/hello" on stage prod.
  const stage = event.requestContext.stage;
  const prefix = `/${stage}`;
  if (stage && stage !== '$default' && event.rawPath.startsWith(`${prefix}/`)) {
    return event.rawPath.slice(prefix.length);
  }
  return event.rawPath;
}

/** The HTTP API (payload format 2.0) handler: one $default route, routed here. */
export const handler = async (event: APIGatewayProxyEventV2): Promise<HttpResult> => {
  const path = routePath(event);
  const method = event.requestContext.http.method.toUpperCase();
  // Solution: find every route of this path first, so a known path with the wrong method
  // is told apart (405) from a path that does not exist (404).
  const matching = routes.filter((route) => route.path.test(path));
  if (matching.length === 0) return error(404, `No route for ${path}`);
  const allowed = [...new Set(matching.map((route) => route.method)), 'OPTIONS'];
  // Solution: the browser's preflight asks before a cross-origin POST; answer it for known paths.
  if (method === 'OPTIONS') return preflight(allowed);
  const route = matching.find((r) => r.method === method);
  if (!route) {
    // Solution: 405 must say which methods the path does accept (the Allow header).
    return error(405, `Method ${method} is not allowed on ${path}`, { allow: allowed.join(', ') });
  }
  return route.run(event, route.path.exec(path)?.slice(1) ?? []);
};
