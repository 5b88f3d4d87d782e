/**
 * The caps an SBOM file is held to before any work is done on it (design: files from outside are hostile).
 * Each is far above what a real SBOM needs; past one, the file is refused with a message naming it.
 */

/** 100 MB: a 50,000-component CycloneDX SBOM is about 25 MB; beyond this the file is not an SBOM we can use. */
export const MAX_SBOM_BYTES = 100 * 1024 * 1024;

/**
 * Nesting of JSON arrays and objects, checked by a linear scan before parsing: what reads the document
 * afterwards (the schema validators, quoting a value back) recurses, and 100,000 levels would overflow
 * the stack. A CycloneDX component nested 64 deep sits about 130 levels down.
 */
export const MAX_JSON_DEPTH = 256;

/** Components (or SPDX packages) in one file, nested ones included: ten times the largest SBOMs seen. */
export const MAX_COMPONENTS = 500_000;

/** Components nested within components (CycloneDX `components[].components[]`); real assemblies nest a few. */
export const MAX_COMPONENT_DEPTH = 64;
