/** One error of a generated validator, as ajv reports it with `messages: false`. */
export interface SchemaError {
  /** JSON Pointer of the offending value, e.g. `/components/3/licenses/0`. */
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A generated validator: true when the document is valid, else its errors are in `errors`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
