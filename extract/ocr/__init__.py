"""OCR: a page image (a scanned PDF page, an image file's frame) read into words with boxes.

One module per step: ``render`` makes the page image, ``orient`` turns it upright (0, 90,
180 or 270 degrees), ``deskew`` straightens a scan tilted a few degrees, ``clean`` erases
the table rules Tesseract would misread, ``ruling`` finds the ruled tables drawn in the
image, ``engine`` runs Tesseract, ``reread`` reads its doubtful words again one by one,
``fixes`` mends what its
Indonesian model is known to misread, and ``page`` chains them into an ``OcrPage`` whose
boxes are in PDF points, the unit the PDF reader lays pages out in.

Nothing here imports OpenCV, numpy or pytesseract at import time: a born-digital file never
pays for them.
"""
