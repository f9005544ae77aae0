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
  // TODO: handle every record of event.Records, not only the first one.
  const record = event.Records[0];
  if (!record) return report;
  const key = decodeS3Key(record.s3.object.key);
  // TODO: skip (report.skipped) records whose eventName does not start with "ObjectCreated:"
  //       or whose key is not an upload (isUpload).
  await processUpload(record, key);
  report.processed.push(key);
  // TODO: when a record fails, log it, remember it as a RecordFailure and go on with the
  //       others; after the loop, throw new RecordsFailedError(failures, report.processed).
  return report;
};

async function processUpload(record: S3EventRecord, key: string): Promise<void> {
  const bucket = record.s3.bucket.name;
  // TODO: get the object (GetObjectCommand with the bucket and key), summarize its Body
  //       (a stream: pass it to summarize), and write JSON.stringify(summary) to outputKey(key)
  //       in the same bucket with PutObjectCommand and ContentType 'application/json'.
}
