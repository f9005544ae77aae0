// This file is provided: you do not need to change it.
// It stands for a table of menu items (in a real service, DynamoDB or a database).

export interface Item {
  id: string;
  name: string;
  priceWon: number;
}

const items = new Map<string, Item>(
  [
    { id: 'bibimbap', name: '비빔밥', priceWon: 9_000 },
    { id: 'kimbap', name: '김밥', priceWon: 4_500 },
    { id: '떡볶이', name: '떡볶이', priceWon: 5_000 },
  ].map((item) => [item.id, item]),
);

/** The item with this id (already URL-decoded), or `undefined`. */
export function findItem(id: string): Item | undefined {
  return items.get(id);
}
