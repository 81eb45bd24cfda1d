import logging


def configure_logging(environment: str) -> None:
    """Log lines from the app's own loggers ("app.*") to stderr; quieter under tests."""
    logger = logging.getLogger("app")
    logger.setLevel(logging.WARNING if environment == "test" else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-5s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
