#!/usr/bin/env python3
"""Writes a deterministic, realistic content repository of N documents for benchmarking align.

Every format and channel is represented in the proportions a real content repository has
(mostly web pages, then emails, Markdown, scripts), with claims that agree, claims that drift,
and look-alikes (frequencies, histories, dates) at realistic rates. The same seed and N always
give the same bytes.

    python3 bench/generate_corpus.py --documents 1000 --seed 7 --out /tmp/bench-1000
"""
import argparse
import base64
import os
import quopri
import random

ALIGN_YML = """expect: expect.yml
channels:
  customer: ["site/**", "emails/**", "help/**"]
  employee: ["scripts/**", "playbooks/**"]
  management: ["plans/**"]
audience:
  prospect: ["site/landing/**", "scripts/sales/**"]
  existing: ["emails/**"]
packs: [recommended, loyalty]
fail_on: error
"""

EXPECT_YML = """organization: Benchmark Outfitters
statement: >
  We answer quickly, take returns without fuss and ship free over a fair threshold.
promises:
  - id: reply-time
    statement: We reply to every customer message within 24 hours.
    topic: [reply, respond, answer, get back to]
    value: 24 hours
    required_in: [customer, employee, management]
  - id: free-returns
    statement: Returns are free for 60 days.
    topic: [return, returns window]
    value: 60 days
    required_in: [customer, employee]
  - id: free-shipping
    statement: Shipping is free on orders over $75.
    topic: [free shipping, shipping is free]
    value: $75
    required_in: [customer]
  - id: price-match
    statement: We match a lower price for 14 days after purchase.
    topic: [price match, match the price]
    value: 14 days
  - id: refund-time
    statement: Refunds reach your account within 5 business days.
    topic: [refund]
    value: 5 business days
terminology:
  - use: customer
    instead_of: [client, shopper, buyer]
avoid:
  - phrase: points expire
    because: Penalising inactivity punishes loyal customers.
    in: [customer]
"""

AGREE = [
    "We reply to every message within 24 hours, weekends included.",
    "You can return anything within 60 days, no questions asked.",
    "Shipping is free on every order over $75.",
    "If you find it cheaper within 14 days, we will match the price.",
    "Your refund reaches your account within 5 business days.",
    "Our team will get back to you within a day.",
    "Returns are free for sixty days after delivery.",
]
DRIFT = [
    "We reply to messages within 48 hours.",
    "You can return items within 30 days of purchase.",
    "Free shipping applies to orders over $100.",
    "We usually reply within 24 hours.",
    "Every client gets a personal answer.",
    "Remember that your points expire after a year.",
    "Refunds are processed within 10 days.",
]
LOOKALIKE = [
    "Our store is open 7 days a week.",
    "We have outfitted hikers since 2004.",
    "Order before June 30 to get the summer catalogue.",
    "Our founders have climbed for 20 years.",
    "The trail festival happens three times a year.",
    "Delivery takes 3-5 days and shipping is free on orders over $75.",
]
FILLER = [
    "Our rain shells are tested on the coast every winter.",
    "The new trail runners are lighter than last season's.",
    "Every tent ships with a repair kit and spare stakes.",
    "Staff pick gear they would carry themselves.",
    "Layering keeps you warm without overheating on the climb.",
    "Our stores recycle worn-out boots into playground surfaces.",
    "Merino wool regulates temperature better than cotton.",
    "Check the weather forecast and tell someone your route.",
    "Our guides lead free clinics on map reading.",
    "Down jackets pack small and weigh very little.",
]


def paragraph(rng, sentences=4):
    parts = []
    for _ in range(sentences):
        roll = rng.random()
        if roll < 0.12:
            parts.append(rng.choice(AGREE))
        elif roll < 0.16:
            parts.append(rng.choice(DRIFT))
        elif roll < 0.22:
            parts.append(rng.choice(LOOKALIKE))
        else:
            parts.append(rng.choice(FILLER))
    return " ".join(parts)


def html_page(rng, title, paragraphs):
    nav = '<nav><a href="/">Home</a> <a href="/returns">Returns</a> <a href="/help">Help</a></nav>'
    body = "\n".join(f"  <p>{p}</p>" for p in paragraphs)
    items = "\n".join(f"    <li>{rng.choice(FILLER)}</li>" for _ in range(3))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title}</title>
  <meta name="description" content="{rng.choice(FILLER)}">
  <style>body {{ font-family: sans-serif; }} .promo {{ color: #333; }}</style>
  <script>window.analytics = {{ reply: "within 48 hours" }};</script>
</head>
<body>
<header>{nav}</header>
<main>
  <h1>{title}</h1>
{body}
  <ul>
{items}
  </ul>
  <table><tr><td>Returns</td><td>Free for 60 days</td></tr></table>
  <img src="tent.jpg" alt="A tent pitched above the tree line">
</main>
<footer><p>&copy; Benchmark Outfitters &mdash; questions? We reply within 24 hours.</p></footer>
</body>
</html>
"""


def markdown_page(rng, title, channel, paragraphs):
    body = "\n\n".join(paragraphs)
    return f"""---
title: {title}
channel: {channel}
---

# {title}

{body}

- {rng.choice(FILLER)}
- {rng.choice(FILLER)}

```
reply_window = "48 hours"  # code is never checked
```
"""


def script(rng, paragraphs):
    lines = []
    for p in paragraphs:
        lines.append(f"Agent: {p}")
        lines.append(f"Customer: {rng.choice(DRIFT)}")
    return "# Call script\n\n" + "\n".join(lines) + "\n"


def email(rng, index, paragraphs):
    text = "Hi {{first_name}},\n\n" + "\n\n".join(paragraphs) + "\n\nReply to this email and tell us what you think.\n\n-- \nBenchmark Outfitters\n"
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in ["Hi {{first_name}},"] + paragraphs) + "</body></html>"
    qp = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    b64 = base64.encodebytes(html.encode("utf-8")).decode("ascii")
    boundary = f"=_bench_{index}"
    return f"""From: Benchmark Outfitters <hello@example.com>
To: {{{{email}}}}
Subject: News from the trail #{index}
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64}
--{boundary}--
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", required=True)
    parser.add_argument("--paragraphs", type=int, default=6, help="paragraphs per document (controls size)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "align.yml"), "w") as f:
        f.write(ALIGN_YML)
    with open(os.path.join(args.out, "expect.yml"), "w") as f:
        f.write(EXPECT_YML)
    # Proportions of a typical content repository.
    kinds = [("site", 0.40), ("landing", 0.05), ("emails", 0.20), ("help", 0.10), ("scripts", 0.10), ("playbooks", 0.08), ("plans", 0.07)]
    for i in range(args.documents):
        roll = rng.random()
        acc = 0.0
        kind = kinds[-1][0]
        for name, share in kinds:
            acc += share
            if roll < acc:
                kind = name
                break
        paragraphs = [paragraph(rng) for _ in range(args.paragraphs)]
        title = f"{rng.choice(['Trail', 'Summit', 'Coast', 'Forest', 'Ridge'])} guide {i}"
        if kind in ("site", "landing"):
            folder = "site/landing" if kind == "landing" else f"site/section{i % 20}"
            path, text = f"{folder}/page{i}.html", html_page(rng, title, paragraphs)
        elif kind == "emails":
            path, text = f"emails/batch{i % 10}/message{i}.eml", email(rng, i, paragraphs)
        elif kind == "help":
            path, text = f"help/article{i}.md", markdown_page(rng, title, "customer", paragraphs)
        elif kind == "scripts":
            sub = "sales" if i % 2 else "support"
            path, text = f"scripts/{sub}/call{i}.txt", script(rng, paragraphs)
        elif kind == "playbooks":
            path, text = f"playbooks/play{i}.md", markdown_page(rng, title, "employee", paragraphs)
        else:
            path, text = f"plans/plan{i}.md", markdown_page(rng, title, "management", paragraphs)
        full = os.path.join(args.out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
