"""The one error type the core raises for input it cannot read.

Every message is a complete sentence in Simplified Chinese, ready to show in a
dialog or to print as the single stderr line of the command-line tool.
"""


class ReportError(Exception):
    """A file that cannot be turned into a report.

    Args:
        message: why, in Simplified Chinese.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
