// buffer@4, which amazon-cognito-identity-js loads, reads Node's `global` as
// it loads; browsers only have globalThis. Import this module first.
if (!('global' in globalThis))
  Object.defineProperty(globalThis, 'global', {
    value: globalThis,
    configurable: true,
    writable: true,
  });

export {};
