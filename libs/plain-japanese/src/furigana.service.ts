import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import kuromoji, { type IpadicFeatures, type Tokenizer } from 'kuromoji';
import { annotate, BUILT_IN_READINGS, type RubySegment } from './ruby';

/** How many annotated texts are kept: published texts change rarely and are read often. */
const CACHE_SIZE = 500;

/**
 * Ruby for published texts, on the server: kuromoji's dictionary (≈ 18 MB compressed, a few hundred MB in memory) is
 * loaded once, on the first text asked for, and never shipped to the browser.
 */
@Injectable()
export class FuriganaService {
  private readonly logger = new Logger(FuriganaService.name);
  private tokenizer: Promise<Tokenizer<IpadicFeatures>> | null = null;
  private readonly cache = new Map<string, RubySegment[]>();

  /** Ruby for `text`, the municipality's corrections over the built-in ones. */
  async annotate(text: string, corrections: Readonly<Record<string, string>> = {}): Promise<RubySegment[]> {
    const readings = { ...BUILT_IN_READINGS, ...corrections };
    const key = JSON.stringify([readings, text]);
    const cached = this.cache.get(key);
    if (cached) {
      // Map keeps insertion order: taking and putting back makes it the most recently used.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const tokenizer = await this.load();
    const segments = annotate(text, (piece) => tokenizer.tokenize(piece), readings);
    this.cache.set(key, segments);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return segments;
  }

  private load(): Promise<Tokenizer<IpadicFeatures>> {
    this.tokenizer ??= new Promise<Tokenizer<IpadicFeatures>>((resolve, reject) => {
      const dicPath = join(dirname(createRequire(__filename).resolve('kuromoji/package.json')), 'dict');
      this.logger.log(`loading the reading dictionary from ${dicPath}`);
      kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
    }).catch((error: unknown) => {
      // A failed load is tried again by the next request rather than remembered.
      this.tokenizer = null;
      throw error;
    });
    return this.tokenizer;
  }
}
