/** The package version, checked against package.json by a test so it cannot drift. */
export const VERSION = '0.1.0';
