/**
 * New passwords, after NIST SP 800-63B (5.1.1.2): at least 12 characters for a local account,
 * no composition rules, and a blocklist of passwords that attackers try first: common and
 * breached ones, repeated or sequential characters, and words of this service. A common word
 * with digits or signs around it ("Sommar2024!", "password1234") is the same common word.
 * Only new passwords are checked; an existing one (the demo's) still logs in.
 */
export const minPasswordLength = 12;

// The most frequent bases of breached-password corpora, English and Swedish, in lower case.
const common = new Set(
  (
    'password passw0rd passord lösenord losenord losen qwerty qwertz azerty asdf zxcvbn ' +
    'welcome välkommen valkommen letmein iloveyou jagälskardig admin administrator root ' +
    'login user guest test testing secret hemlig changeme default master access trustno1 ' +
    'monkey dragon football fotboll baseball soccer hockey superman batman starwars pokemon ' +
    'sunshine princess shadow michael jennifer jordan hunter ranger buster charlie ' +
    'freedom whatever computer internet summer sommar winter vinter spring hösten hosten ' +
    'autumn january februari hejsan hejhej hallå hallo sverige stockholm göteborg goteborg ' +
    'malmö malmo kommun region abc abcd abcdef qazwsx 1q2w3e 1q2w3e4r zaq12wsx ' +
    'mypassword mittlösenord mittlosenord correct'
  ).split(' '),
);
// Words of this service that an attacker tries against it (NIST: context-specific words).
const contextWords = ['rodtrad', 'rödtråd', 'rod-trad', 'rödtrad'];
const keyboardRows = [
  '1234567890',
  'qwertyuiopå',
  'asdfghjklöä',
  'zxcvbnm',
  'abcdefghijklmnopqrstuvwxyzåäö',
];

/** Made of one short piece said again: "aaaaaaaaaaaa", "abcabcabcabc", "121212121212". */
function repeats(text: string): boolean {
  for (let size = 1; size <= 4; size += 1) {
    const unit = text.slice(0, size);
    if (unit.repeat(Math.ceil(text.length / size)).slice(0, text.length) === text) return true;
  }
  return false;
}

/** A run along the digits, the alphabet or a keyboard row, either way ("0987654321"). */
function sequential(text: string): boolean {
  if (text.length < 4) return false;
  return keyboardRows.some((row) => {
    const doubled = row + row;
    const backwards = [...doubled].reverse().join('');
    return doubled.includes(text) || backwards.includes(text);
  });
}

/** Whether a new password is one an attacker tries first (the length is checked apart). */
export function isGuessablePassword(password: string): boolean {
  const text = password.toLowerCase().normalize('NFC');
  const squeezed = text.replace(/\s+/g, '');
  if (squeezed.length === 0 || repeats(squeezed) || sequential(squeezed)) return true;
  if (contextWords.some((word) => squeezed.includes(word))) return true;
  // the letters between leading and trailing digits and signs: "Sommar2024!" → "sommar"
  const core = squeezed.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (core.length === 0) return repeats(squeezed.replace(/\D/g, '')) || /^\d+$/.test(squeezed);
  return common.has(core) || repeats(core) || sequential(core);
}
