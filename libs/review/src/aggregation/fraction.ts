/**
 * Exact rational arithmetic on BigInt, so that sums and means of scores never
 * pick up binary floating-point error. Results are rounded once, at the end,
 * by `toHundredths` (half up, away from zero), the rule stated in ROUNDING_RULE.
 */
export class Fraction {
  private constructor(
    readonly n: bigint,
    readonly d: bigint,
  ) {}

  static of(numerator: bigint | number, denominator: bigint | number = 1n): Fraction {
    let n = BigInt(numerator);
    let d = BigInt(denominator);
    if (d === 0n) throw new RangeError('division by zero');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    return new Fraction(n / g, d / g);
  }

  /** A decimal score such as 3.5 taken exactly (scores have at most 6 decimals). */
  static decimal(value: number): Fraction {
    const known = DECIMALS.get(value);
    if (known) return known;
    if (!Number.isFinite(value)) throw new RangeError('not a finite number');
    const exact = Fraction.of(BigInt(Math.round(value * 1_000_000)), 1_000_000n);
    // Scores come from small scales, so a call repeats a handful of values tens of thousands of times.
    if (DECIMALS.size >= 4096) DECIMALS.clear();
    DECIMALS.set(value, exact);
    return exact;
  }

  // Integer operands (most scores and sums of them) need no gcd: the fast paths below skip it.
  add(other: Fraction): Fraction {
    if (this.d === 1n && other.d === 1n) return new Fraction(this.n + other.n, 1n);
    return Fraction.of(this.n * other.d + other.n * this.d, this.d * other.d);
  }
  sub(other: Fraction): Fraction {
    if (this.d === 1n && other.d === 1n) return new Fraction(this.n - other.n, 1n);
    return Fraction.of(this.n * other.d - other.n * this.d, this.d * other.d);
  }
  mul(other: Fraction): Fraction {
    if (this.d === 1n && other.d === 1n) return new Fraction(this.n * other.n, 1n);
    return Fraction.of(this.n * other.n, this.d * other.d);
  }
  div(other: Fraction): Fraction {
    return Fraction.of(this.n * other.d, this.d * other.n);
  }
  compare(other: Fraction): number {
    const left = this.n * other.d;
    const right = other.n * this.d;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  /** Rounded to hundredths, half up (away from zero): the one rounding step. */
  toHundredths(): number {
    const scaled = this.n * 100n;
    const negative = scaled < 0n;
    const magnitude = negative ? -scaled : scaled;
    const rounded = (magnitude * 2n + this.d) / (2n * this.d);
    return Number(negative ? -rounded : rounded) / 100;
  }

  /** The value × 10^decimals rounded half up (away from zero) to an integer: rounding to any number of decimals. */
  scaledTo(decimals: number): bigint {
    const scaled = this.n * 10n ** BigInt(decimals);
    const negative = scaled < 0n;
    const magnitude = negative ? -scaled : scaled;
    const rounded = (magnitude * 2n + this.d) / (2n * this.d);
    return negative ? -rounded : rounded;
  }

  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }
}

const DECIMALS = new Map<number, Fraction>();

export const ZERO = Fraction.of(0);

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

export const sum = (values: Fraction[]) => values.reduce((acc, v) => acc.add(v), ZERO);
export const mean = (values: Fraction[]) => sum(values).div(Fraction.of(values.length));

export const ROUNDING_RULE = {
  ja: '点数は分数のまま正確に計算し、最後に一度だけ小数第3位を四捨五入して小数第2位まで表示します。',
  en: 'Scores are computed exactly as fractions and rounded once, at the end, half up to two decimal places.',
} as const;
