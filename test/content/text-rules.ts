/** Shared checks for the plain-language rules the content must follow. */

/** Words in a text, split on white space. */
export const wordCount = (text: string): number => text.trim().split(/\s+/).length;

/** One sentence: no `.`, `?` or `!` anywhere except exactly one at the very end. */
export const isOneSentence = (text: string): boolean => /^[^.!?]*[^\s.!?][.!?]$/.test(text);

/** Any run of digits, as in a phone number. */
export const hasDigits = (text: string): boolean => /\d/.test(text);
