// Unicode, emoji, and strings inside containers use single quotes with escapes.
// @times: *=0
console.log('héllo wörld ✓ 🎉');
console.log(['héllo', '🎉', 'tab\there', "quote's"]);
console.log({ ключ: 'значение' });
console.log('a'.repeat(20), ['b'.repeat(30)]);
