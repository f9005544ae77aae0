// This file is provided: you do not need to change it.
// It stands for a slow service (a database, a queue, another API) that the
// handler tells about each greeting. Writing takes a few milliseconds.

const recorded: string[] = [];

/** Records that `name` was greeted. Resolves once the record is stored. */
export async function recordGreeting(name: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  recorded.push(name);
  console.log(`audit: recorded greeting for ${name}`);
}

/** The names recorded so far, oldest first. */
export function recordedGreetings(): readonly string[] {
  return recorded;
}
