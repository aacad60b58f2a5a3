// Loaded by package-exports.test.ts in a child `node`, from a temporary directory whose node_modules holds only
// links to the Baton packages, so nothing resolves through the workspace or the `@baton/source` condition.
//   node dual-package-probe.mjs <package name>
// Prints one JSON object describing what `require()` and `import()` of the package produced.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const name = process.argv[2];
const require = createRequire(import.meta.url);

const cjs = require(name);
const esm = await import(name);

const report = {
  requirePath: require.resolve(name),
  importPath: fileURLToPath(import.meta.resolve(name)),
  cjsKeys: Object.keys(cjs).sort(),
  esmKeys: Object.keys(esm)
    .filter((key) => key !== 'default' && key !== 'module.exports')
    .sort(),
  // A function exported by both copies must be two different objects: one module graph per format.
  sharedFunctions: Object.keys(cjs).filter(
    (key) => typeof cjs[key] === 'function' && cjs[key] === esm[key],
  ),
};

if (name === '@baton/core') {
  const fromCjs = new cjs.UserError('made by the CommonJS copy');
  const fromEsm = new esm.UserError('made by the ES module copy');
  report.errors = {
    instanceofAcrossCopies: fromCjs instanceof esm.BatonError,
    esmBaseRecognisesCjs: esm.BatonError.isInstance(fromCjs),
    cjsBaseRecognisesEsm: cjs.BatonError.isInstance(fromEsm),
    esmClassRecognisesCjs: esm.UserError.isInstance(fromCjs),
    otherClassRejectsCjs: esm.ModelRequestError.isInstance(fromCjs),
    name: fromCjs.name,
  };
}

process.stdout.write(JSON.stringify(report));
