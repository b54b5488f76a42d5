"""OCR: a page image (a scanned PDF page, an image file's frame) read into words with boxes.

One module per step: ``render`` makes the page image (a scan's own pixels where a PDF page
is one image), ``colour`` takes a stamp's and a pen's coloured ink out of it, ``orient``
turns it upright (0, 90, 180 or 270 degrees), ``deskew`` straightens a scan tilted a few
degrees, ``clean`` erases the table rules Tesseract would misread, ``ruling`` finds the
ruled tables drawn in the image and its horizontal rules (a stacked fraction's among
them), ``engine`` runs Tesseract, ``marks`` keeps a signature read as words from making its
line tall, ``reread`` reads its doubtful words again one by one (``verdict`` says which
reading stands), ``unread`` reads the lines of ink it left out, ``lexicon`` puts right
words that are a slip away from the model's word list, ``fixes`` mends what its Indonesian
model is known to misread, and ``page`` chains them into an ``OcrPage`` whose boxes are in
PDF points, the unit the PDF reader lays pages out in.

Nothing here imports OpenCV, numpy or pytesseract at import time: a born-digital file never
pays for them.
"""
