const leiPattern = /^[A-Z0-9]{18}[0-9]{2}$/;

/**
 * Validates a Legal Entity Identifier (ISO 17442): 18 letters or digits, then two check digits computed
 * with ISO 7064 MOD 97-10. Letters count as 10–35 and the whole string, read as one number, must leave
 * remainder 1 when divided by 97. The remainder is carried digit by digit so no BigInt is needed, which
 * keeps this usable on every platform the renderer runs on.
 * Expects canonical form (capitals, no spaces): schemas normalise user input before calling it.
 */
export const isValidLei = (value: string): boolean => {
  if (!leiPattern.test(value)) return false;
  let remainder = 0;
  for (const char of value) {
    const n = Number.parseInt(char, 36);
    remainder = n > 9 ? (remainder * 100 + n) % 97 : (remainder * 10 + n) % 97;
  }
  return remainder === 1;
};
