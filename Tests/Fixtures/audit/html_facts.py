"""Reads an HTML file with Python's html.parser and prints, as JSON, what a browser would build
from it: every element name, every attribute (element, name, value), the text of <style>
elements and all other text. The audit tests use it to check that nothing from the corpus
became markup."""
import json
import sys
from html.parser import HTMLParser


class Facts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.attributes = []
        self.styles = []
        self.text = []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)
        for name, value in attrs:
            self.attributes.append([tag, name, value or ""])
        self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.stack.pop()

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            self.styles.append(data)
        else:
            self.text.append(data)


facts = Facts()
with open(sys.argv[1], encoding="utf-8") as handle:
    facts.feed(handle.read())
facts.close()
print(json.dumps({
    "elements": facts.elements,
    "attributes": facts.attributes,
    "styles": facts.styles,
    "text": " ".join(facts.text),
}))
