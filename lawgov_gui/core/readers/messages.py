"""The readers' refusals, in Chinese: one definition of each message.

Every reader raises `ReportError` with one of these texts (a template is filled
with `str.format`), so a damaged .docx or PDF is refused in the same words
whichever step notices the damage, and tests compare against the same constant.
"""

from __future__ import annotations

EMPTY_FILE = "文件是空的：{}"  # the path
NO_TEXT_IN_FILE = "文件里没有文字：{}"  # the path
UNKNOWN_ENCODING = "无法识别文件的文字编码，它可能不是文本文件。"

# Text that is not a report's text (plausible.py).
NOT_TEXT = "文件内容不是文本（含有大量无法识别的字节），无法作为报告打开。"
GIBBERISH = "文件里的文字看起来是乱码（大多是生僻字或无法显示的字符），不是报告文本，无法打开。"

# Word files: .docx packages (safezip.py, docx.py) and OLE containers (ole.py, legacy.py).
DOCX_CORRUPT = "文件已损坏或不是有效的 Word 文档（.docx）。"
ZIP_BOMB = "这个文件解压后过大或压缩比异常（疑似压缩炸弹），为安全起见不予打开。"
OLE_ENCRYPTED = "这个 Word 文档设有打开密码，请先在 Word 或 WPS 中取消密码、另存为 .docx 后再打开。"
OLE_CORRUPT = ("文件已损坏，无法作为旧版 Word（.doc）或 WPS（.wps）文档打开；"
               "如果 Word 或 WPS 还能打开它，请另存为 .docx 后再打开。")
OLE_NOT_WORD = ("这个文件是 Office 复合文档，但不是 Word 或 WPS 文字文档"
                "（可能是 Excel 表格或 PowerPoint 演示文稿），无法作为报告打开。")
NO_LIBREOFFICE = ("需要安装 LibreOffice 才能打开 .doc/.wps 文件：请安装 LibreOffice（免费软件）后重试，"
                  "或在 Word 或 WPS 中把文件另存为 .docx 后再打开。")
CONVERT_FAILED = ("LibreOffice 无法转换这个 .doc/.wps 文件（它可能已损坏），"
                  "请在 Word 或 WPS 中另存为 .docx 后再打开。")
CONVERT_TIMEOUT = ("LibreOffice 转换这个文件超过 {} 秒仍未完成，已停止；"  # the seconds
                   "请在 Word 或 WPS 中另存为 .docx 后再打开。")

# OFD files (ofd.py, ofd_xml.py, ofd_page.py).
OFD_CORRUPT = "文件已损坏或不是有效的 OFD 文档。"
OFD_ENCRYPTED = "这个 OFD 文档已加密，请先在 OFD 阅读器中解密、另存为未加密的副本后再打开。"
OFD_NO_TEXT = "此 OFD 文档没有文字（可能是扫描件），需要先进行文字识别（OCR）。"
OFD_TOO_MANY_CHARS = "此 OFD 文档的文字太多（超过 {} 万字），无法打开。"  # the limit, in 万 characters

# PDF files (pdf.py, text.py).
PDF_CORRUPT = "文件已损坏，无法作为 PDF 打开。"
PDF_PASSWORD = "此 PDF 设有打开密码，请先在 PDF 阅读器中输入密码并另存为无密码的副本后再打开。"
PDF_SECURITY = "此 PDF 使用了不支持的加密方式，无法打开。"
NO_PDFIUM = "缺少 PDF 组件（pypdfium2），无法打开 PDF 文件。"
PDF_TOO_MANY_PAGES = "此 PDF 有 {} 页，超过 {} 页的上限，无法打开。"  # pages, the limit
PDF_TOO_MANY_CHARS = "此 PDF 的文字太多（超过 {} 万字），无法打开。"  # the limit, in 万 characters

# Scanned PDFs and page images read by OCR (ocr*.py).
_PIP_OCR = "pip install 'lawgov-gui[ocr]'（或按 README 的安装步骤进行）。"
_INSTALL_OCR = "安装方法：" + _PIP_OCR
NO_OCR = "此文件需要文字识别（OCR），但未安装文字识别组件。" + _INSTALL_OCR
PDF_NO_TEXT_NO_OCR = "此 PDF 没有文字层，需要文字识别（OCR），但未安装文字识别组件。" + _INSTALL_OCR
OCR_BROKEN = "文字识别组件（rapidocr、onnxruntime）安装不完整，无法识别文字。请重新安装：" + _PIP_OCR
PDF_OCR_NO_TEXT = "此 PDF 没有文字层，文字识别（OCR）也未能从页面中识别出文字（可能是空白页或图画）。"
OCR_NO_TEXT = "未能从图片中识别出文字：页面可能是空白页、照片或图画，或者图像太模糊。"
OCR_CANCELLED = "已取消文字识别。"
IMAGE_CORRUPT = "图片文件已损坏或格式不受支持，无法打开。"
IMAGE_TOO_BIG = "图片太大（{} 万像素，上限 {} 万像素），无法识别。"  # its pixels, the limit, in 万
IMAGE_BOMB = "图片声明的尺寸远超 {} 万像素的上限（疑似图像炸弹），为安全起见不予打开。"  # the limit
