#!/usr/bin/env python3
"""Writes the corpus's Office documents and the reader fixtures (python-docx, python-pptx):

    pip install python-docx python-pptx && python3 corpus/tools/office.py

The files are committed; this script is how they were made, so that an edit is made here."""
import os
from docx import Document
from pptx import Presentation
from pptx.util import Inches

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def plan(path):
    d = Document()
    d.add_heading("Customer Care plan, 2027", level=0)
    d.add_paragraph("Prepared by Operations for the leadership team.")
    d.add_heading("Service levels", level=1)
    d.add_paragraph("We reply to every customer message within 24 hours, weekends included.")
    d.add_paragraph("Refunds reach the original payment method within 5 business days of the return arriving.")
    d.add_heading("Returns desk", level=2)
    d.add_paragraph("Budget the returns desk for free returns within 45 days of delivery.")
    d.add_paragraph("Staff the desk 7 days a week.", style="List Bullet")
    d.add_paragraph("Train two new leads by March.", style="List Bullet")
    d.add_heading("Targets by queue", level=1)
    t = d.add_table(rows=3, cols=2)
    for r, row in enumerate([("Queue", "First reply"), ("Email", "24 hours"), ("Chat", "24 hours")]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    p = d.add_paragraph("Customer: I was told 90 days last year.")
    d.save(path)

def deck(path):
    s = Presentation()
    slide = s.slides.add_slide(s.slide_layouts[0])
    slide.shapes.title.text = "Trail Club for teams"
    slide.placeholders[1].text = "Gear, repairs and rewards for outdoor clubs"
    slide = s.slides.add_slide(s.slide_layouts[1])
    slide.shapes.title.text = "What members get"
    body = slide.placeholders[1].text_frame
    body.text = "Free shipping on every order of $75 or more."
    body.add_paragraph().text = "We match the price for 30 days after you buy."
    body.add_paragraph().text = "Returns are free within 60 days of delivery."
    slide.notes_slide.notes_text_frame.text = "Say it plainly: we reply within 24 hours, every day."
    slide = s.slides.add_slide(s.slide_layouts[5])
    slide.shapes.title.text = "Pricing"
    rows = [("Plan", "Price"), ("Club", "$12 a month"), ("Team", "$40 a month")]
    table = slide.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(6), Inches(2)).table
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    s.save(path)

if __name__ == "__main__":
    plan(os.path.join(ROOT, "corpus/plans/care-plan-2027.docx"))
    deck(os.path.join(ROOT, "corpus/scripts/sales/trail-club-teams.pptx"))
    plan(os.path.join(ROOT, "Tests/Fixtures/readers/plan.docx"))
    deck(os.path.join(ROOT, "Tests/Fixtures/readers/deck.pptx"))
