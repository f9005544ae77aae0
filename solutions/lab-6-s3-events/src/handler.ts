import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { type RecordFailure, RecordsFailedError } from './errors.ts';
import { decodeS3Key, isUpload, outputKey } from './keys.ts';
import { summarize } from './summary.ts';

const s3 = new S3Client({});

/** What the handler did with an event. */
export interface ProcessingReport {
  /** Keys of uploads that were summarized. */
  processed: string[];
  /** Keys that were not for this function (outside uploads/, not ObjectCreated). */
  skipped: string[];
}

/** Handles S3 ObjectCreated notifications for uploads/: writes a summary to processed/. */
export const handler = async (event: S3Event): Promise<ProcessingReport> => {
  const report: ProcessingReport = { processed: [], skipped: [] };
  const failures: RecordFailure[] = [];
  // Solution: one event may carry several records; a failure in one must not stop the others.
  for (const record of event.Records) {
    let key = record.s3.object.key;
    try {
      key = decodeS3Key(record.s3.object.key);
      if (!record.eventName.startsWith('ObjectCreated:') || !isUpload(key)) {
        report.skipped.push(key);
        continue;
      }
      await processUpload(record, key);
      report.processed.push(key);
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      console.error(JSON.stringify({ message: 'record failed', key, reason }));
      failures.push({ key, reason });
    }
  }
  // Solution: report the failures after trying every record: throwing makes Lambda retry the
  // event (or send it to the on-failure destination). Writing the same summary again is harmless.
  if (failures.length > 0) throw new RecordsFailedError(failures, report.processed);
  return report;
};

async function processUpload(record: S3EventRecord, key: string): Promise<void> {
  const bucket = record.s3.bucket.name;
  // Solution: GetObject's Body is a stream; summarize reads it chunk by chunk.
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!object.Body) throw new Error(`GetObject returned no body for ${key}`);
  const summary = await summarize(key, object.Body as AsyncIterable<Uint8Array>);
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: outputKey(key),
      Body: JSON.stringify(summary),
      ContentType: 'application/json',
    }),
  );
}
