// Errors printed with console.error show their stack, extra properties and causes.
// @times: *=0
const withCode = new Error('with code');
withCode.code = 'E_CODE';
console.error(withCode);
console.error(new TypeError('plain type error'));
console.error(new Error('outer', { cause: 'string cause' }).cause);
console.log({ message: new RangeError('in object').message, name: new RangeError('x').name });
