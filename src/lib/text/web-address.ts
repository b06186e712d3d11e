/**
 * The start of a web address a link may point to: http(s) only, so that a `javascript:` or `data:` address in an
 * imported file never becomes a link. Without flags, as timeline-data/schema.json carries the pattern too.
 */
export const WEB_ADDRESS = /^[hH][tT][tT][pP][sS]?:\/\//;
