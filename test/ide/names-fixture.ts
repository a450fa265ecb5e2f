// A flow whose names are used everywhere they can be: strings, backticks, payload keys, screen.S refs.
import { analyzeAt } from './cursor.js';

export const SOURCE = `flow { version "7.3" }

screen ASK "Ask" {
  sensitive: [name]
  data { greeting = "Hi" }
  TextInput name "Name"
  TextBody "\${data.greeting}, \${form.name}"
  TextCaption \`\${data.greeting} + ' ' + \${form.name}\`
  Footer "Go" -> navigate THANKS { who: form.name }
}

screen THANKS "Thanks" {
  terminal
  data { who = "Maria" }
  TextBody "\${screen.ASK.form.name} as \${data.who}"
  Footer "Done" -> complete { who: data.who }
}
`;

/** The source with the cursor put just inside the n-th occurrence of `word`. */
export function at(word: string, n = 0) {
  let i = -1;
  for (let k = 0; k <= n; k++) i = SOURCE.indexOf(word, i + 1);
  return analyzeAt(SOURCE.slice(0, i + 1) + '<|>' + SOURCE.slice(i + 1));
}

