// This file is provided: you do not need to change it.

/** A 16×16 PNG image (the course's lambda mark), as bytes. */
export const logoPng: Uint8Array = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAWElEQVR4nKXTyQ0AIAgEQPrvgGrxoYkX14JfdydRkYRJOmu2G8huFpG7VUD+BojoaQCxk0nETyWQGAiQ3BEcJH+JBoI9o7KHD9KTqY3yka1/ptWh1ndmkgEHrdq2taQgcwAAAABJRU5ErkJggg==',
  'base64',
);
