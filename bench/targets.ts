import type { BrowserResults } from './browser/browser-benches';
import type { TypingBench } from './browser/typing-bench';
import type { ModelBench } from './model-bench';
import { kB, ms, type TargetCheck } from './report';

const notRun = (target: string): TargetCheck => ({
  target,
  measured: '',
  pass: undefined,
});

const definitionOf = (bench: TypingBench) =>
  bench.name.includes('multinode') ? 'multinode' : 'ecs';

/** The targets of issue 6, each against what this run measured. */
export function checkTargets(
  model: readonly ModelBench[] | undefined,
  browser: BrowserResults,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const fixture = model?.[0];
  const validation = 'model validation of the largest fixture < 2 ms (median)';
  checks.push(
    fixture
      ? {
          target: validation,
          measured: ms(fixture.timing.median),
          pass: fixture.timing.median < 2,
        }
      : notRun(validation),
  );

  const bytes = 'under 300 kB gzip of JS and CSS before Monaco';
  const usable = 'form usable within 1.5 s of a cold load (median)';
  const { load } = browser;
  checks.push(
    load
      ? {
          target: bytes,
          measured: kB(load.gzipBytes),
          pass: load.gzipBytes < 300_000,
        }
      : notRun(bytes),
    load
      ? {
          target: usable,
          measured: `${ms(load.usable.median)} (p95 ${ms(load.usable.p95)})`,
          pass: load.usable.median <= 1500,
        }
      : notRun(usable),
  );

  for (const bench of browser.formToJson ?? []) {
    checks.push({
      target: `${bench.name}: p95 <= 16 ms`,
      measured: ms(bench.toPaint.p95),
      pass: bench.toPaint.p95 <= 16,
    });
  }
  for (const reference of browser.reference ?? []) {
    const app = browser.formToJson?.find(
      (bench) =>
        definitionOf(bench) === definitionOf(reference) &&
        !bench.name.includes('JSON view'),
    );
    if (!app) continue;
    const ratio = reference.toPaint.p95 / app.toPaint.p95;
    checks.push({
      target: `form -> JSON: ${definitionOf(app)}: p95 >= 5x faster than rjsf`,
      measured: `${ratio.toFixed(2)}x (rjsf ${ms(reference.toPaint.p95)}, app ${ms(app.toPaint.p95)})`,
      pass: ratio >= 5,
    });
  }
  if (!browser.formToJson) checks.push(notRun('form -> JSON: p95 <= 16 ms'));

  for (const bench of browser.jsonToForm ?? []) {
    checks.push({
      target: `${bench.name}: p95 < 50 ms`,
      measured: ms(bench.toPaint.p95),
      pass: bench.toPaint.p95 < 50,
    });
  }
  if (!browser.jsonToForm) checks.push(notRun('JSON -> form: p95 < 50 ms'));
  return checks;
}
