/**
 * The course's image service (lab 7), its direct-event operations, as handler code for the
 * playground. Lab 7 uses sharp; a browser has no sharp, so this version decodes, resizes and
 * encodes with the worker's own image APIs (createImageBitmap, OffscreenCanvas).
 */

/** A 70 × 46 PNG (a red flower on green, drawn for the course; made with sharp from an SVG). */
export const samplePng =
  'iVBORw0KGgoAAAANSUhEUgAAAEYAAAAuCAMAAACiV5+BAAAA2FBMVEXGKCjumJgzejE9dTG/Kyi6LymlOioufTLvmprCKii5MCnDKSjdaGhiYC/daWnohobeamqJSizHKyunOio1eTLNPDxEcTHAKyjtlJTtlZWKSiwyezK1MilFcDHvmZlhYC7kfX3EKShjXy+LSSvHKip7Ui3ulZXoh4eATy3fa2vIKyuCTi2MSSyKSSzpiIg2eTHMOjqHSy02eDGkOypCcTDNOztKbTDkfHy0MSndZ2d/UC1+UC2ISyyhPCo6djE8dTGnOSo+dDGqOCpJbjCsNypLbTC3MSm/LCjaCKn0AAAACXBIWXMAAAsTAAALEwEAmpwYAAABaElEQVRIx+3W11LCQBQG4E01IT2EQKgK0kGKgGDD7vu/kY6zJ2THZGZP5MrhvzyT/TLbl5wdJeTE/Atm2Z4WFcNQilVrlptpTMokTrkT5mLE8QVhYgxEPBO+kV9R91jmXSEpqW9wTJiqfDsShhFfSEaeRAQzJpnp8jONwxyV7H6v1zdLceFT4mYm0GY0bGo/EVwfagteZgmrbnSuxbkBR55xMm348VBLxIWqxclMYVyaSUZY07LHyRTp97bGxIS1zMnA0rtiGYeWC5yMTr+PWKZCyzqSqfyNOVKnYIhNltkhh7gKEy4wEz5HTrgFC81NMjZUW5xMINMGfnIzXMJmCHi3Zgd+7Lu0X4INCqly7/DQiM+FtelEkbObxwV9xX9sDbKPrVvMIapmKdc1zJEubdOVj2fcBbOppynbV+x19/iQ0iMJf/nWujKL6He1XE8BaZGAZG+V+2ESWJ5a0PWCet8KTo+2E3PIF8AUWNZgH4f/AAAAAElFTkSuQmCC';

export const imageServiceHandler = `// The course's image service (lab 7): direct-event operations.
// In Lambda it uses sharp; here the browser's image APIs do the work (see "What differs").
const SAMPLE = { width: 70, height: 46 };
const TYPES = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

const outputType = (ext = 'png') => {
  const type = TYPES[String(ext).toLowerCase()];
  if (!type) throw new Error(\`Unsupported outputExtension "\${ext}": use png, jpg or webp\`);
  return type;
};

const toBase64 = async (blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
};

async function decode(event, operation) {
  if (typeof event.base64Image !== 'string') {
    throw new Error(\`Invalid \${operation} request: no "base64Image" field supplied\`);
  }
  let binary;
  try {
    binary = atob(event.base64Image);
  } catch {
    throw new Error('base64Image is not valid base64');
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return await createImageBitmap(new Blob([bytes]));
  } catch {
    throw new Error('base64Image is not an image this service can read (PNG, JPEG, WebP, GIF)');
  }
}

async function encode(bitmap, width, height, ext) {
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d').drawImage(bitmap, 0, 0, width, height);
  return toBase64(await canvas.convertToBlob({ type: outputType(ext) }));
}

async function getSample(ext) {
  const canvas = new OffscreenCanvas(SAMPLE.width, SAMPLE.height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#2e7d32';
  g.fillRect(0, 0, SAMPLE.width, SAMPLE.height);
  for (const [r, colour] of [[16, '#c62828'], [8, '#ef9a9a']]) {
    g.fillStyle = colour;
    g.beginPath();
    g.arc(35, 23, r, 0, 2 * Math.PI);
    g.fill();
  }
  return toBase64(await canvas.convertToBlob({ type: outputType(ext) }));
}

/** Fits the image inside width × height, keeping its aspect ratio; width 100 if neither is given. */
function fit(bitmap, width, height) {
  if (!width && !height) width = 100;
  const scale = Math.min(
    width ? width / bitmap.width : Number.POSITIVE_INFINITY,
    height ? height / bitmap.height : Number.POSITIVE_INFINITY,
  );
  return [Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale))];
}

export const handler = async (event) => {
  const operation = event?.operation;
  switch (operation) {
    case 'ping':
      return 'pong';
    case 'getSample':
      return getSample(event.outputExtension);
    case 'getDimensions': {
      const image = await decode(event, operation);
      return \`\${image.width}x\${image.height}\\n\`;
    }
    case 'resize':
    case 'thumbnail': {
      const image = await decode(event, operation);
      const [width, height] = fit(image, event.width, event.height);
      console.log(\`resize \${image.width}x\${image.height} -> \${width}x\${height}\`);
      return encode(image, width, height, event.outputExtension);
    }
    default:
      throw new Error(\`Unrecognized operation "\${operation}"\`);
  }
};
`;
