# The token is written to a file and deleted in the same RUN, but it is still typed into the Dockerfile.
FROM python:3.13-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN printf '[global]\nindex-url = https://__token__:pypi-AgEIcHlwaS5vcmc@pypi.example.com/simple\n' > /etc/pip.conf \
 && pip install --no-cache-dir -r requirements.txt \
 && rm /etc/pip.conf
COPY app ./app
RUN useradd --create-home --uid 10001 appuser
USER appuser
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
