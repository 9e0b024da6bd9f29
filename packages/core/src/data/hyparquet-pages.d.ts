export { decompressPage, readDataPage, readDataPageV2 } from "../../../../node_modules/hyparquet/types/datapage.js";
export { parquetHeader } from "../../../../node_modules/hyparquet/types/column.js";
export { DEFAULT_PARSERS, convert, convertWithDictionary } from "../../../../node_modules/hyparquet/types/convert.js";
export { readPlain } from "../../../../node_modules/hyparquet/types/plain.js";
export { getMaxDefinitionLevel, getTreePath } from "../../../../node_modules/hyparquet/types/schema.js";
