/** The template schema's `$id`: where it is published (README: editors and SchemaStore). */
export const TEMPLATE_SCHEMA_ID = "https://kubejobs.dev/schema/template.json";
