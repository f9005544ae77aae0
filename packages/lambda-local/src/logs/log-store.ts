/** One log event, as CloudWatch Logs stores it. */
export interface LogEvent {
  /** Order of arrival across the whole store; the tokens of the Logs API count on it. */
  seq: number;
  timestamp: number;
  ingestionTime: number;
  message: string;
}

export interface LogStream {
  name: string;
  groupName: string;
  creationTime: number;
  /** Events still kept, oldest first, from index `first` on. */
  events: (LogEvent | undefined)[];
  first: number;
  firstEventTimestamp?: number;
  lastEventTimestamp?: number;
  lastIngestionTime?: number;
  storedBytes: number;
}

export interface LogGroup {
  name: string;
  creationTime: number;
  streams: Map<string, LogStream>;
  storedBytes: number;
}

export interface LogStoreOptions {
  /** Bytes of messages kept across all groups; past it the oldest events are dropped. */
  maxBytes: number;
}

/**
 * The log groups, streams and events that lambda-local's functions wrote, as
 * CloudWatch Logs would hold them. Bounded: past `maxBytes` the oldest events
 * of the whole store go first (CloudWatch keeps them per the retention policy;
 * a learner's machine cannot).
 */
export class LogStore {
  readonly #groups = new Map<string, LogGroup>();
  /** Streams in the order their events arrived, one entry per event, for eviction. */
  #order: (LogStream | undefined)[] = [];
  #orderFirst = 0;
  #bytes = 0;
  #seq = 0;
  readonly #maxBytes: number;

  constructor(options: LogStoreOptions) {
    this.#maxBytes = options.maxBytes;
  }

  get groups(): readonly LogGroup[] {
    return [...this.#groups.values()];
  }

  group(name: string): LogGroup | undefined {
    return this.#groups.get(name);
  }

  /** Bytes of messages kept now. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Adds an event, creating its group and stream on first use (as Lambda does). */
  put(groupName: string, streamName: string, message: string, timestamp = Date.now()): void {
    const now = Date.now();
    let group = this.#groups.get(groupName);
    if (!group) {
      group = { name: groupName, creationTime: now, streams: new Map(), storedBytes: 0 };
      this.#groups.set(groupName, group);
    }
    let stream = group.streams.get(streamName);
    if (!stream) {
      stream = {
        name: streamName,
        groupName,
        creationTime: now,
        events: [],
        first: 0,
        storedBytes: 0,
      };
      group.streams.set(streamName, stream);
    }
    const size = Buffer.byteLength(message, 'utf8');
    stream.events.push({ seq: this.#seq++, timestamp, ingestionTime: now, message });
    stream.firstEventTimestamp ??= timestamp;
    stream.lastEventTimestamp = timestamp;
    stream.lastIngestionTime = now;
    stream.storedBytes += size;
    group.storedBytes += size;
    this.#bytes += size;
    this.#order.push(stream);
    while (this.#bytes > this.#maxBytes && this.#orderFirst < this.#order.length) this.#evict();
  }

  /** The events a stream still holds, oldest first. */
  eventsOf(stream: LogStream): LogEvent[] {
    return stream.events.slice(stream.first) as LogEvent[];
  }

  #evict(): void {
    const stream = this.#order[this.#orderFirst];
    this.#order[this.#orderFirst++] = undefined;
    if (this.#orderFirst > 4096 && this.#orderFirst * 2 > this.#order.length) {
      this.#order = this.#order.slice(this.#orderFirst);
      this.#orderFirst = 0;
    }
    if (!stream) return;
    const event = stream.events[stream.first];
    stream.events[stream.first++] = undefined;
    if (stream.first > 1024 && stream.first * 2 > stream.events.length) {
      stream.events = stream.events.slice(stream.first);
      stream.first = 0;
    }
    if (!event) return;
    const size = Buffer.byteLength(event.message, 'utf8');
    stream.storedBytes -= size;
    this.#bytes -= size;
    const group = this.#groups.get(stream.groupName);
    if (group) group.storedBytes -= size;
  }
}
