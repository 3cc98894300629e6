/** The part of s3rver (it ships no types) that startS3Server uses. */
declare module 's3rver' {
  import type { Server } from 'node:http';

  class S3rver {
    constructor(options: {
      address?: string;
      port?: number;
      silent?: boolean;
      directory?: string;
      resetOnClose?: boolean;
      configureBuckets?: { name: string; configs?: string[] }[];
    });
    run(): Promise<unknown>;
    close(): Promise<void>;
    httpServer?: Server;
  }
  export = S3rver;
}
