// Node module loader hook for the boot test: `electron` resolves to the compiled typed fake.
// Registered by driver.mjs with module.register(); everything else resolves as usual.
let fakeUrl = '';

export function initialize(data) {
  fakeUrl = data.fakeUrl;
}

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: fakeUrl, format: 'module', shortCircuit: true };
  return next(specifier, context);
}
