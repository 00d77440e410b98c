#!/usr/bin/env python3
"""Lists and fills the unfinished messages of a Qt Linguist .ts file.

    scripts/translations.py todo resources/translations/reins_de.ts > todo.tsv
    scripts/translations.py fill resources/translations/reins_de.ts done.tsv

A TSV line is `context<TAB>source<TAB>translation`; `*` as the context matches any context.
Newlines and tabs are written \\n and \\t. Plural messages take their forms separated by
` || ` (German and English: singular || plural). Only unfinished messages are filled, so a
finished translation is never overwritten; the file keeps lupdate's layout.
"""

import html
import re
import sys

# Within one message: nothing after the source may run past its </message>.
WITHIN = r'(?:(?!</message>).)*?'
MESSAGE = re.compile(r'(<message(?P<numerus> numerus="yes")?>\s*<source>(?P<source>[^<]*)</source>'
                     + WITHIN + r')(?P<translation><translation type="unfinished">' + WITHIN
                     + r'</translation>|<translation type="unfinished"/>)', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>', re.S)


def unescape_tsv(text):
    return text.replace('\\n', '\n').replace('\\t', '\t')


def escape_tsv(text):
    return text.replace('\t', '\\t').replace('\n', '\\n')


def escape_xml(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def todo(ts_path):
    content = open(ts_path, encoding='utf-8').read()
    for context in CONTEXT.finditer(content):
        name = html.unescape(context['name'])
        for message in MESSAGE.finditer(context['body']):
            source = html.unescape(message['source'])
            marker = ' ||' if message['numerus'] else ''
            print(f'{name}\t{escape_tsv(source)}\t{marker}')


def fill(ts_path, tsv_path):
    table = {}
    for line in open(tsv_path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        context, source, translation = line.split('\t')
        if translation.strip():
            table[(context, unescape_tsv(source))] = unescape_tsv(translation)

    content = open(ts_path, encoding='utf-8').read()
    missing = []

    def fill_message(context_name, message):
        source = html.unescape(message['source'])
        translation = table.get((context_name, source), table.get(('*', source)))
        if translation is None:
            missing.append(f'{context_name}\t{escape_tsv(source)}')
            return message.group(0)
        if message['numerus']:
            forms = ''.join(f'\n            <numerusform>{escape_xml(form)}</numerusform>'
                            for form in translation.split(' || '))
            filled = f'<translation>{forms}\n        </translation>'
        else:
            filled = f'<translation>{escape_xml(translation)}</translation>'
        return message.group(1) + filled

    def fill_context(context):
        name = html.unescape(context['name'])
        body = MESSAGE.sub(lambda message: fill_message(name, message), context['body'])
        return context.group(0).replace(context['body'], body, 1)

    content = CONTEXT.sub(fill_context, content)
    open(ts_path, 'w', encoding='utf-8').write(content)
    for line in missing:
        print(f'not translated: {line}', file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'todo':
        todo(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == 'fill':
        sys.exit(fill(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
