// Flows the language-server tests share.

const NAMES = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

/** A correct Flow of nine screens: one more than the default limit of 8. */
export function nineScreens(header = 'version "7.3"'): string {
  const screens = NAMES.map((name, i) =>
    i === NAMES.length - 1
      ? `screen ${name} "Step ${i + 1}" {\n  terminal\n  Footer "Finish" -> complete\n}\n`
      : `screen ${name} "Step ${i + 1}" {\n  TextBody "Step"\n  Footer "Next" -> navigate ${NAMES[i + 1]}\n}\n`,
  );
  return `flow nine { ${header} }\n\n${screens.join('\n')}`;
}
