# A small image for the API, based on Alpine
FROM python:3.12-alpine

WORKDIR /app

# Requirements first, so the install layer is cached
COPY requirements.txt .
RUN pip install -r requirements.txt

# The rest of the source
COPY . .

# Do not run as root
USER appuser

EXPOSE 5000

CMD ["uvicorn", "app.main:app"]
