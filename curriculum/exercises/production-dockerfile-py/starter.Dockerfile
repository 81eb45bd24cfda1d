# First attempt at containerising the FastAPI blog API.
# It builds and it runs, but it is not ready for production: see the task.
FROM python

WORKDIR /code

# Copy everything, then install: any code change reinstalls all dependencies
COPY . .
RUN pip install -r requirements.txt -r requirements-dev.txt

EXPOSE 8000

CMD uvicorn app.main:app --reload
