/** Writes example output to the terminal as it comes, without adding newlines. */
export function writeToStdout(text: string): void {
  process.stdout.write(text);
}
