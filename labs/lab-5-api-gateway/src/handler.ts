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
  // TODO: on a stage other than '$default' (event.requestContext.stage), rawPath starts with
  //       "/<stage>/": remove that prefix.
  return event.rawPath;
}

/** The HTTP API (payload format 2.0) handler: one $default route, routed here. */
export const handler = async (event: APIGatewayProxyEventV2): Promise<HttpResult> => {
  const path = routePath(event);
  const method = event.requestContext.http.method.toUpperCase();
  // TODO: tell a path that does not exist (404) from a known path with the wrong method
  //       (405, with an 'allow' header listing the methods of that path, OPTIONS included).
  // TODO: answer OPTIONS on a known path with preflight(<the methods of that path>).
  const route = routes.find((r) => r.method === method && r.path.test(path));
  if (!route) return error(404, `No route for ${method} ${path}`);
  return route.run(event, route.path.exec(path)?.slice(1) ?? []);
};
