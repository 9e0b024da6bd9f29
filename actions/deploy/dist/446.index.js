export const id = 446;
export const ids = [446];
export const modules = {

/***/ 1507:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(time, compareTime),
    "date-time": fmtDef(date_time, compareDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|[+-]\d\d(?::?\d\d)?)?$/i;
function time(str, withTimeZone) {
    const matches = TIME.exec(str);
    if (!matches)
        return false;
    const hour = +matches[1];
    const minute = +matches[2];
    const second = +matches[3];
    const timeZone = matches[5];
    return (((hour <= 23 && minute <= 59 && second <= 59) ||
        (hour === 23 && minute === 59 && second === 60)) &&
        (!withTimeZone || timeZone !== ""));
}
function compareTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3] + (a1[4] || "");
    t2 = a2[1] + a2[2] + a2[3] + (a2[4] || "");
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function date_time(str) {
    // http://tools.ietf.org/html/rfc3339#section-5.6
    const dateTime = str.split(DATE_TIME_SEPARATOR);
    return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1], true);
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 3160:
/***/ ((module) => {

// Regex from https://stackoverflow.com/questions/32044846/regex-for-iso-8601-durations
module.exports =
  /^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$/;


/***/ }),

/***/ 8503:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { parse } = __webpack_require__(4456);

module.exports = (value) => {
  try {
    parse(value);
    return true;
  } catch (err) {
    return false;
  }
};


/***/ }),

/***/ 3130:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { toASCII } = __webpack_require__(4876);

const hostnameRegex =
  /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;

module.exports = (value) => {
  const hostname = toASCII(value);
  return (
    hostname.replace(/\.$/, '').length <= 253 && hostnameRegex.test(hostname)
  );
};


/***/ }),

/***/ 3295:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports.iri = __webpack_require__(3869);
module.exports.duration = __webpack_require__(3160);
module.exports["idn-email"] = __webpack_require__(8503);
module.exports["idn-hostname"] = __webpack_require__(3130);
module.exports["iri-reference"] = __webpack_require__(1173);


/***/ }),

/***/ 1173:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { parse } = __webpack_require__(2084);
const { addressParser } = __webpack_require__(4456);
const schemes = __webpack_require__(8088);

function validate(address) {
  try {
    addressParser(address);
    return true;
  } catch (err) {
    return false;
  }
}

module.exports = (value) => {
  const iri = parse(value);
  // All valid IRIs are valid IRI-references
  if (iri.scheme === 'mailto' && iri.to.every(validate)) {
    return true;
  }

  if (
    iri.reference === 'absolute' &&
    iri.path !== undefined &&
    schemes.allByName[iri.scheme]
  ) {
    return true;
  }

  // Check for valid IRI-reference

  // If there is a scheme, it must be valid
  if (iri.scheme && !schemes.allByName[iri.scheme]) {
    return false;
  }

  // Check there's a path and for a proper type of reference
  return (
    iri.path !== undefined &&
    (iri.reference === 'relative' ||
      iri.reference === 'same-document' ||
      iri.reference === 'uri')
  );
};


/***/ }),

/***/ 3869:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { parse } = __webpack_require__(2084);
const { addressParser } = __webpack_require__(4456);
const schemes = __webpack_require__(8088);

function validate(address) {
  try {
    addressParser(address);
    return true;
  } catch (err) {
    return false;
  }
}

module.exports = (value) => {
  const iri = parse(value);
  if (iri.scheme === 'mailto' && iri.to.every(validate)) {
    return true;
  }
  if (iri.reference === 'absolute' && schemes.allByName[iri.scheme]) {
    return true;
  }
  return false;
};


/***/ }),

/***/ 9286:
/***/ ((module) => {


module.exports = function localize_ar(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أكثر من " + n + " عنصر"
        break
      case "additionalProperties":
        out = "يجب أن لا يحوي خصائص إضافية"
        break
      case "anyOf":
        out = 'يجب أن يوافق أحد المخططات الموجودة في "anyOf"'
        break
      case "const":
        out = "يجب أن يكون ثابتاً"
        break
      case "contains":
        out = "يجب أن يحوي عنصرا صحيح"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out +=
          " يجب أن يحوي الخصائص " +
          e.params.deps +
          " عندما تكون الخاصية " +
          e.params.property +
          " موجودة"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'يجب أن تمرر كلمة التحقق المفتاحية "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "قيمة هذا الحقل يجب أن تكون مساوية لأحد القيم المعرفة مسبقاً"
        break
      case "false schema":
        out = "المخطط المنطقي غير صحيح"
        break
      case "format":
        out = 'يجب أن يوافق الصيغة "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " يجب أن يكون " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " يجب أن يكون " + cond
        break
      case "if":
        out = 'يجب أن توافق المخطط "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " يجب أن يكون " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أكثر من " + n + " عنصر"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أكثر من " + n + " محرف"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أكثر من " + n + " خصائص"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " يجب أن يكون " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أقل من " + n + " عنصر"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أقل من " + n + " محرف"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += " يجب أن لا يحوي أقل من " + n + " خصائص"
        break
      case "multipleOf":
        out = " يجب أن يحوي أكثر من " + e.params.multipleOf
        break
      case "not":
        out = 'يجب أن يكون غير صحيح وفقاً للمخطط "not"'
        break
      case "oneOf":
        out = 'يجب أن يوافق مخطط واحد فقط موجود في "oneOf"'
        break
      case "pattern":
        out = 'يجب أن يوافق النمط "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out = 'يجب أن يحوي خاصية توافق النمط "' + e.params.missingPattern + '"'
        break
      case "propertyNames":
        out = "اسم الخاصية غير صالح"
        break
      case "required":
        out = "هذا الحقل إلزامي"
        break
      case "type":
        out = "قيمة هذا الحقل غير صالحة"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "يجب أن لا يحوي عناصر مكررة (العنصر ## " +
          e.params.j +
          " و " +
          e.params.i +
          " متطابقة)"
        break
      default:
        out = 'يجب أن تمرر كلمة التحقق المفتاحية "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 9233:
/***/ ((module) => {


module.exports = function localize_ca(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "no ha de tenir més de " + n + " element"
        if (n != 1) {
          out += "s"
        }
        break
      case "additionalProperties":
        out = "no ha de tenir propietats addicionals"
        break
      case "anyOf":
        out = 'ha de coincidir amb algun esquema definit a "anyOf"'
        break
      case "const":
        out = "ha de ser igual a la constant"
        break
      case "contains":
        out = "ha de contenir un ítem vàlid"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "ha de contenir la propietat"
        if (n != 1) {
          out += "s"
        }
        out +=
          " " +
          e.params.deps +
          " quan la propietat " +
          e.params.property +
          " és present"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'ha de passar la validació de la clau "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "ha de ser igual a un dels valors predefinits"
        break
      case "false schema":
        out = "l’esquema és fals"
        break
      case "format":
        out = 'ha de coincidir amb el format "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ha de ser " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ha de ser " + cond
        break
      case "if":
        out =
          'ha de correspondre’s amb l’esquema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ha de ser " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "no ha de tenir més de " + n + " ítem"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "no pot contenir més de " + n + " caràcter"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "no pot contenir més de " + n + " propietat"
        if (n != 1) {
          out += "s"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ha de ser " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "no ha de tenir menys de " + n + " ítem"
        if (n != 1) {
          out += "s"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "no pot contenir menys de " + n + " caràcter"
        if (n != 1) {
          out += "s"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "no pot contenir menys de " + n + " propietat"
        if (n != 1) {
          out += "s"
        }
        break
      case "multipleOf":
        out = "ha de ser múltiple de " + e.params.multipleOf
        break
      case "not":
        out = 'no ha de ser vàlid d’acord amb l’esquema definit a "not"'
        break
      case "oneOf":
        out = 'ha de coincidir només amb un esquema definit a "oneOf"'
        break
      case "pattern":
        out = 'ha de coincidir amb el patró "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'la propietat ha de coincidir amb el patró "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "la propietat no és vàlida"
        break
      case "required":
        out = "ha de tenir la propietat requerida " + e.params.missingProperty
        break
      case "type":
        out = "ha de ser del tipus " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "no ha de tenir ítems duplicats (els ítems ## " +
          e.params.j +
          " i " +
          e.params.i +
          " són idèntics)"
        break
      default:
        out = 'ha de passar la validació de la clau "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 9087:
/***/ ((module) => {


module.exports = function localize_cs(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "nemůže mít víc, než " + n + " prv"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ků"
        }
        break
      case "additionalProperties":
        out = "nemůže mít další položky"
        break
      case "anyOf":
        out = 'musí vyhovět alespoň jednomu schématu v "anyOf"'
        break
      case "const":
        out = "musí být roven konstantě"
        break
      case "contains":
        out = "musí obsahovat prvek odpovídající schématu"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "musí mít polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ka"
        }
        out += ": " + e.params.deps + ", pokud obsahuje " + e.params.property
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'musí vyhovět "' + e.keyword + '" validaci'
        }
        break
      case "enum":
        out = "musí být rovno jedné hodnotě z výčtu"
        break
      case "false schema":
        out = "schéma je false"
        break
      case "format":
        out = 'musí být ve formátu "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí být " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí být " + cond
        break
      case "if":
        out = 'musí vyhovět "' + e.params.failingKeyword + '" schématu'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí být " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "nesmí obsahovat víc než " + n + " prv"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ků"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "nesmí být delší než " + n + " zna"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "k"
        } else {
          out += "ků"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "nesmí mít víc než " + n + " polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ka"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí být " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "nesmí obsahovat méně než " + n + " prv"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ků"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "nesmí být kratší než " + n + " zna"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "k"
        } else {
          out += "ků"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "nesmí mít méně než " + n + " polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "ek"
        } else {
          out += "ka"
        }
        break
      case "multipleOf":
        out = "musí být násobkem " + e.params.multipleOf
        break
      case "not":
        out = 'nesmí vyhovět schématu v "not"'
        break
      case "oneOf":
        out = 'musí vyhovět právě jednomu schématu v "oneOf"'
        break
      case "pattern":
        out = 'musí vyhovět regulárnímu výrazu "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'musí obsahovat položku vyhovující regulárnímu výrazu "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "název položky není platný"
        break
      case "required":
        out = "musí obsahovat požadovanou položku " + e.params.missingProperty
        break
      case "type":
        out = "musí být " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "nesmí obsahovat duplicitní prvky (prvky ## " +
          e.params.j +
          " a " +
          e.params.i +
          " jsou identické)"
        break
      default:
        out = 'musí vyhovět "' + e.keyword + '" validaci'
    }
    e.message = out
  }
}


/***/ }),

/***/ 1070:
/***/ ((module) => {


module.exports = function localize_de(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "darf nicht mehr als " + n + " Element"
        if (n != 1) {
          out += "e"
        }
        out += " enthalten"
        break
      case "additionalProperties":
        out = "darf keine zusätzlichen Attribute haben"
        break
      case "anyOf":
        out = 'muss einem der Schemata in "anyOf" entsprechen'
        break
      case "const":
        out = "muss gleich der Konstanten sein"
        break
      case "contains":
        out = "muss ein valides Element enthalten"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "muss Attribut"
        if (n != 1) {
          out += "e"
        }
        out +=
          " " +
          e.params.deps +
          " aufweisen, wenn Attribut " +
          e.params.property +
          " gesetzt ist"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'der Tag "' + e.params.tag + '" muss eine Zeichenkette sein'
            break
          case "mapping":
            out =
              'der Wert vom Tag "' +
              e.params.tag +
              '" muss im oneOf enthalten sein'
            break
          default:
            out = 'muss die Validierung "' + e.keyword + '" bestehen'
        }
        break
      case "enum":
        out = "muss einem der vorgegebenen Werte entsprechen"
        break
      case "false schema":
        out = "boolesches Schema ist falsch"
        break
      case "format":
        out = 'muss diesem Format entsprechen: "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "muss " + cond + " sein"
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "muss " + cond + " sein"
        break
      case "if":
        out = 'muss dem Schema "' + e.params.failingKeyword + '" entsprechen'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "muss " + cond + " sein"
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "darf nicht mehr als " + n + " Element"
        if (n != 1) {
          out += "e"
        }
        out += " haben"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "darf nicht länger als " + n + " Zeichen sein"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "darf nicht mehr als " + n + " Attribut"
        if (n != 1) {
          out += "e"
        }
        out += " haben"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "muss " + cond + " sein"
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "darf nicht weniger als " + n + " Element"
        if (n != 1) {
          out += "e"
        }
        out += " haben"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "darf nicht kürzer als " + n + " Zeichen sein"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "darf nicht weniger als " + n + " Attribut"
        if (n != 1) {
          out += "e"
        }
        out += " haben"
        break
      case "multipleOf":
        out = "muss ein Vielfaches von " + e.params.multipleOf + " sein"
        break
      case "not":
        out = 'muss dem in "not" angegebenen Schema widersprechen'
        break
      case "oneOf":
        out = 'muss genau einem der Schemata in "oneOf" entsprechen'
        break
      case "pattern":
        out = 'muss diesem Muster entsprechen: "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'muss ein Attribut nach folgendem Muster haben "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "Attributname ist ungültig"
        break
      case "required":
        out =
          "muss das erforderliche Attribut " +
          e.params.missingProperty +
          " enthalten"
        break
      case "type":
        out = "muss sein: " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "darf nicht mehr als " + n + " Element"
        if (n != 1) {
          out += "e"
        }
        out += " haben"
        break
      case "unevaluatedProperties":
        out = "darf keine unausgewerteten Attribute haben"
        break
      case "uniqueItems":
        out =
          "darf keine Duplikate enthalten (Elemente #" +
          e.params.j +
          " und #" +
          e.params.i +
          " sind gleich)"
        break
      default:
        out = 'muss die Validierung "' + e.keyword + '" bestehen'
    }
    e.message = out
  }
}


/***/ }),

/***/ 9350:
/***/ ((module) => {


module.exports = function localize_en(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "additionalProperties":
        out = "must NOT have additional properties"
        break
      case "anyOf":
        out = 'must match a schema in "anyOf"'
        break
      case "const":
        out = "must be equal to constant"
        break
      case "contains":
        out = "must contain a valid item"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "must have propert"
        if (n == 1) {
          out += "y"
        } else {
          out += "ies"
        }
        out +=
          " " +
          e.params.deps +
          " when property " +
          e.params.property +
          " is present"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'must pass "' + e.keyword + '" keyword validation'
        }
        break
      case "enum":
        out = "must be equal to one of the allowed values"
        break
      case "false schema":
        out = "boolean schema is false"
        break
      case "format":
        out = 'must match format "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "must NOT be longer than " + n + " character"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "must NOT have more than " + n + " propert"
        if (n == 1) {
          out += "y"
        } else {
          out += "ies"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "must NOT have less than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "must NOT be shorter than " + n + " character"
        if (n != 1) {
          out += "s"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "must NOT have less than " + n + " propert"
        if (n == 1) {
          out += "y"
        } else {
          out += "ies"
        }
        break
      case "multipleOf":
        out = "must be a multiple of " + e.params.multipleOf
        break
      case "not":
        out = 'must NOT be valid according to schema in "not"'
        break
      case "oneOf":
        out = 'must match exactly one schema in "oneOf"'
        break
      case "pattern":
        out = 'must match pattern "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'must have property matching pattern "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "property name is invalid"
        break
      case "required":
        out = "must have required property " + e.params.missingProperty
        break
      case "type":
        out = "must be " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "must NOT have duplicate items (items ## " +
          e.params.j +
          " and " +
          e.params.i +
          " are identical)"
        break
      default:
        out = 'must pass "' + e.keyword + '" keyword validation'
    }
    e.message = out
  }
}


/***/ }),

/***/ 7862:
/***/ ((module) => {


module.exports = function localize_es(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "no debe tener más de " + n + " elemento"
        if (n != 1) {
          out += "s"
        }
        break
      case "additionalProperties":
        out = "no debe tener propiedades adicionales"
        break
      case "anyOf":
        out = 'debe coincidir con algún esquema en "anyOf"'
        break
      case "const":
        out = "debe ser igual a la constante"
        break
      case "contains":
        out = "debe contener un elemento válido"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "debe contener la"
        if (n != 1) {
          out += "s"
        }
        out += " propiedad"
        if (n != 1) {
          out += "es"
        }
        out +=
          " " +
          e.params.deps +
          " cuando la propiedad " +
          e.params.property +
          " se encuentra presente"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out =
              'debe pasar la validación de palabra clave "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "deber ser igual a uno de los valores predefinidos"
        break
      case "false schema":
        out = "el esquema és falso"
        break
      case "format":
        out = 'debe coincidir con el formato "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "debe ser " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "debe ser " + cond
        break
      case "if":
        out =
          'debe corresponderse con el esquema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "debe ser " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "no debe contener más de " + n + " elemento"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "no debe contener más de " + n + " caracter"
        if (n != 1) {
          out += "es"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "no debe contener más de " + n + " propiedad"
        if (n != 1) {
          out += "es"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "debe ser " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "no debe contener menos de " + n + " elemento"
        if (n != 1) {
          out += "s"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "no debe contener menos de " + n + " caracter"
        if (n != 1) {
          out += "es"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "no debe contener menos de " + n + " propiedad"
        if (n != 1) {
          out += "es"
        }
        break
      case "multipleOf":
        out = "debe ser múltiplo de " + e.params.multipleOf
        break
      case "not":
        out = 'no debe ser válido según el esquema en "not"'
        break
      case "oneOf":
        out = 'debe coincidir con un solo esquema en "oneOf"'
        break
      case "pattern":
        out = 'debe coincidir con el patron "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'la propiedad debe coincidir con el patrón "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "la propiedad no és válida"
        break
      case "required":
        out = "debe tener la propiedad requerida " + e.params.missingProperty
        break
      case "type":
        out = "debe ser " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "no debe contener elementos duplicados, (los elementos ## " +
          e.params.j +
          " y " +
          e.params.i +
          " son idénticos)"
        break
      default:
        out = 'debe pasar la validación de palabra clave "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 2512:
/***/ ((module) => {


module.exports = function localize_fi(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "saa sisältää enintään " + n
        if (n == 1) {
          out += ":n elementin"
        } else {
          out += " elementtiä"
        }
        break
      case "additionalProperties":
        out = "ei saa sisältää ylimääräisiä ominaisuuksia"
        break
      case "anyOf":
        out = 'täytyy vastata "anyOf" skeemaa'
        break
      case "const":
        out = "täytyy olla yhtä kuin vakio"
        break
      case "contains":
        out = "täytyy sisältää kelvollinen elementti"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "täytyy sisältää " + e.params.deps + " ominaisuu"
        if (n == 1) {
          out += "s"
        } else {
          out += "det"
        }
        out += " kun " + e.params.property + "-ominaisuus on läsnä"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tunniste "' + e.params.tag + '" täytyy olla merkkijono'
            break
          case "mapping":
            out =
              'tunnisteen "' + e.params.tag + '" arvon muoto pitää olla oneOf'
            break
          default:
            out = 'täytyy läpäistä "' + e.keyword + '" avainsanatarkistus'
        }
        break
      case "enum":
        out = "täytyy olla yhtä kuin jokin sallituista arvoista"
        break
      case "false schema":
        out = "boolean skeema on väärä"
        break
      case "format":
        out = 'täytyy vastata muotoa "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "täytyy olla " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "täytyy olla " + cond
        break
      case "if":
        out = 'täytyy vastata "' + e.params.failingKeyword + '" skeemaa'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "täytyy olla " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "tulee sisältää enintään " + n + " "
        if (n == 1) {
          out += "elementti"
        } else {
          out += "elementtiä"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "ei saa olla pidempi kuin " + n + " merkki"
        if (n != 1) {
          out += "ä"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "tulee sisältää enintään " + n + " "
        if (n == 1) {
          out += "ominaisuus"
        } else {
          out += "ominaisuutta"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "täytyy olla " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "tulee sisältää vähintään " + n + " "
        if (n == 1) {
          out += "elementti"
        } else {
          out += "elementtiä"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "ei saa olla lyhyempi kuin " + n + " merkki"
        if (n != 1) {
          out += "ä"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "tulee sisältää vähintään " + n + " "
        if (n == 1) {
          out += "ominaisuus"
        } else {
          out += "ominaisuutta"
        }
        break
      case "multipleOf":
        out = "täytyy olla moninkertainen: " + e.params.multipleOf
        break
      case "not":
        out = 'ei saa olla hyväksytty skeeman "not" mukaan'
        break
      case "oneOf":
        out =
          'täytyy vastata täsmälleen yhtä "oneOf" -kohdassa määriteltyä skeemaa'
        break
      case "pattern":
        out = 'täytyy vastata muotoa "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'täytyy sisältää ominaisuus joka vastaa kaavaa "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "ominaisuuden nimi on virheellinen"
        break
      case "required":
        out = "täytyy sisältää vaadittu ominaisuus " + e.params.missingProperty
        break
      case "type":
        out = ""
        var t = e.params.type
        out += "täytyy olla "
        if (t == "number") {
          out += "numero"
        } else if (t == "integer") {
          out += "kokonaisluku"
        } else if (t == "string") {
          out += "merkkijono"
        } else if (t == "boolean") {
          out += "boolean"
        } else {
          out += t
        }
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "ei saa olla enemmän kuin " + n + " elementti"
        if (n != 1) {
          out += "ä"
        }
        break
      case "unevaluatedProperties":
        out = "ei saa sisältää arvioimattomia ominaisuuksia"
        break
      case "uniqueItems":
        out =
          "ei saa sisältää duplikaatteja (elementit ## " +
          e.params.j +
          " ja " +
          e.params.i +
          " ovat identtiset)"
        break
      default:
        out = 'täytyy läpäistä "' + e.keyword + '" avainsanatarkistus'
    }
    e.message = out
  }
}


/***/ }),

/***/ 8849:
/***/ ((module) => {


module.exports = function localize_fr(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "ne doit pas contenir plus de " + n + " élémént"
        if (n != 1) {
          out += "s"
        }
        break
      case "additionalProperties":
        out = "ne doit pas contenir de propriétés additionnelles"
        break
      case "anyOf":
        out = 'doit correspondre à un schéma de "anyOf"'
        break
      case "const":
        out = "doit être égal à la constante"
        break
      case "contains":
        out = "doit contenir un élément valide"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out +=
          "doit avoir la propriété " +
          e.params.deps +
          " quand la propriété " +
          e.params.property +
          " est présente"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'doit être valide selon le critère "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "doit être égal à une des valeurs prédéfinies"
        break
      case "false schema":
        out = 'le schema est "false"'
        break
      case "format":
        out = 'doit correspondre au format "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "doit être " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "doit être " + cond
        break
      case "if":
        out = 'doit correspondre au schéma "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "doit être " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "ne doit pas contenir plus de " + n + " élément"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "ne doit pas dépasser " + n + " caractère"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "ne doit pas contenir plus de " + n + " propriété"
        if (n != 1) {
          out += "s"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "doit être " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "ne doit pas contenir moins de " + n + " élément"
        if (n != 1) {
          out += "s"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "ne doit pas faire moins de " + n + " caractère"
        if (n != 1) {
          out += "s"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "ne doit pas contenir moins de " + n + " propriété"
        if (n != 1) {
          out += "s"
        }
        break
      case "multipleOf":
        out = "doit être un multiple de " + e.params.multipleOf
        break
      case "not":
        out = 'est invalide selon le schéma "not"'
        break
      case "oneOf":
        out = 'doit correspondre à exactement un schéma de "oneOf"'
        break
      case "pattern":
        out = 'doit correspondre au format "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'la propriété doit correspondre au format "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "le nom de propriété est invalide"
        break
      case "required":
        out = "requiert la propriété " + e.params.missingProperty
        break
      case "type":
        out = "doit être de type " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "ne doit pas contenir de doublons (les éléments ## " +
          e.params.j +
          " et " +
          e.params.i +
          " sont identiques)"
        break
      default:
        out = 'doit être valide selon le critère "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 4498:
/***/ ((module) => {


module.exports = function localize_hu(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "nem lehet több, mint " + n + " eleme"
        break
      case "additionalProperties":
        out = "nem lehetnek további elemei"
        break
      case "anyOf":
        out = 'meg kell feleljen legalább egy "anyOf" alaknak'
        break
      case "const":
        out = "must be equal to constant"
        break
      case "contains":
        out = "must contain a valid item"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "-nak kell legyen"
        if (n > 1) {
          out += "ek"
        }
        out += " a következő tulajdonsága"
        if (n != 1) {
          out += "i"
        }
        out +=
          ": " +
          e.params.deps +
          ", ha van " +
          e.params.property +
          " tulajdonsága"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'must pass "' + e.keyword + '" keyword validation'
        }
        break
      case "enum":
        out = "egyenlő kell legyen valamely előre meghatározott értékkel"
        break
      case "false schema":
        out = "boolean schema is false"
        break
      case "format":
        out =
          'meg kell feleljen a következő formátumnak: "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "kell legyen " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "nem lehet több, mint " + n + " eleme"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "nem lehet hosszabb, mint " + n + " szimbólum"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "nem lehet több, mint " + n + " tulajdonsága"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "kell legyen " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "nem lehet kevesebb, mint " + n + " eleme"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "nem lehet rövidebb, mint " + n + " szimbólum"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "nem lehet kevesebb, mint " + n + " tulajdonsága"
        break
      case "multipleOf":
        out =
          "a többszöröse kell legyen a következő számnak: " +
          e.params.multipleOf
        break
      case "not":
        out = 'nem lehet érvényes a "not" alaknak megfelelően'
        break
      case "oneOf":
        out = 'meg kell feleljen pontosan egy "oneOf" alaknak'
        break
      case "pattern":
        out =
          'meg kell feleljen a következő mintának: "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'must have property matching pattern "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "property name is invalid"
        break
      case "required":
        out = "kell legyen " + e.params.missingProperty + " tulajdonsága"
        break
      case "type":
        out = "" + e.params.type + " kell legyen"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "nem lehetnek azonos elemei (" +
          e.params.j +
          " és " +
          e.params.i +
          " elemek azonosak)"
        break
      default:
        out = 'must pass "' + e.keyword + '" keyword validation'
    }
    e.message = out
  }
}


/***/ }),

/***/ 6688:
/***/ ((module) => {


module.exports = function localize_id(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += " tidak boleh memiliki lebih dari " + n + " item"
        break
      case "additionalProperties":
        out = "tidak boleh memiliki properti tambahan"
        break
      case "anyOf":
        out = 'harus cocok dengan beberapa skema pada "anyOf"'
        break
      case "const":
        out = "harus sama dengan konstan"
        break
      case "contains":
        out = "harus berisi item yang valid"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out +=
          " harus memiliki properti " +
          e.params.deps +
          " ketika properti " +
          e.params.property +
          " hadir"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'harus lulus validasi kata kunci "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "harus sama dengan salah satu dari nilai yang telah ditentukan"
        break
      case "false schema":
        out = "skema boolean salah"
        break
      case "format":
        out = 'harus cocok dengan format "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "harus " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "harus " + cond
        break
      case "if":
        out = 'harus cocok dengan skema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "harus " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += " tidak boleh memiliki lebih dari " + n + " item"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += " tidak boleh lebih dari " + n + " karakter"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += " tidak boleh memiliki lebih dari " + n + " properti"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "harus " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += " tidak boleh kurang dari " + n + " item"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += " tidak boleh lebih pendek dari " + n + " karakter"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += " tidak boleh kurang dari " + n + " properti"
        break
      case "multipleOf":
        out = "harus merupakan kelipatan dari " + e.params.multipleOf
        break
      case "not":
        out = 'tidak boleh valid sesuai dengan skema pada "not"'
        break
      case "oneOf":
        out = 'harus sama persis dengan satu skema pada "oneOf"'
        break
      case "pattern":
        out = 'harus cocok dengan pola "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'harus memiliki pola pencocokan properti "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "nama properti tidak valid"
        break
      case "required":
        out = "harus memiliki properti " + e.params.missingProperty
        break
      case "type":
        out = "harus berupa " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "tidak boleh memiliki item duplikat (item ## " +
          e.params.j +
          " dan " +
          e.params.i +
          " identik)"
        break
      default:
        out = 'harus lulus validasi kata kunci "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 48:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


module.exports = {
  en: __webpack_require__(9350),
  ar: __webpack_require__(9286),
  ca: __webpack_require__(9233),
  cs: __webpack_require__(9087),
  de: __webpack_require__(1070),
  es: __webpack_require__(7862),
  fi: __webpack_require__(2512),
  fr: __webpack_require__(8849),
  hu: __webpack_require__(4498),
  id: __webpack_require__(6688),
  it: __webpack_require__(352),
  ja: __webpack_require__(724),
  ko: __webpack_require__(2139),
  nb: __webpack_require__(7001),
  nl: __webpack_require__(3467),
  pl: __webpack_require__(8057),
  "pt-BR": __webpack_require__(960),
  ru: __webpack_require__(3408),
  sk: __webpack_require__(2871),
  sv: __webpack_require__(996),
  th: __webpack_require__(2529),
  zh: __webpack_require__(3411),
  "zh-TW": __webpack_require__(5343),
}


/***/ }),

/***/ 352:
/***/ ((module) => {


module.exports = function localize_it(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "non dovrebbe avere più di " + n + " element"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "additionalProperties":
        out = "non deve avere attributi aggiuntivi"
        break
      case "anyOf":
        out = 'deve corrispondere ad uno degli schema in "anyOf"'
        break
      case "const":
        out = "deve essere uguale alla costante"
        break
      case "contains":
        out = "deve contentere un elemento valido"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "dovrebbe avere "
        if (n == 1) {
          out += "l'"
        } else {
          out += "gli "
        }
        out += "attribut"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        out +=
          " " +
          e.params.deps +
          " quando l'attributo " +
          e.params.property +
          " è presente"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'il tag "' + e.params.tag + '" deve essere di tipo stringa'
            break
          case "mapping":
            out =
              'il valore del tag "' + e.params.tag + '" deve essere nei oneOf'
            break
          default:
            out = 'deve essere valido secondo il criterio "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "deve essere uguale ad uno dei valori consentiti"
        break
      case "false schema":
        out = "lo schema booleano è falso"
        break
      case "format":
        out = 'deve corrispondere al formato "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve essere " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve essere " + cond
        break
      case "if":
        out = 'deve corrispondere allo schema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve essere " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "non deve avere più di " + n + " element"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "non deve essere più lungo di " + n + " caratter"
        if (n == 1) {
          out += "e"
        } else {
          out += "i"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "non deve avere più di " + n + " attribut"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve essere " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "non deve avere meno di " + n + " element"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "non deve essere meno lungo di " + n + " caratter"
        if (n == 1) {
          out += "e"
        } else {
          out += "i"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "non deve avere meno di " + n + " attribut"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "multipleOf":
        out = "deve essere un multiplo di " + e.params.multipleOf
        break
      case "not":
        out = 'non deve essere valido in base allo schema di "non"'
        break
      case "oneOf":
        out = 'deve corrispondere esattamente ad uno degli schema in "oneOf"'
        break
      case "pattern":
        out = 'deve corrispondere al formato "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'deve avere un attributo che corrisponda al formato "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "il nome dell'attritbuto non è valido"
        break
      case "required":
        out = "deve avere l'attributo obbligatorio " + e.params.missingProperty
        break
      case "type":
        out = "deve essere di tipo " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "non deve avere più di " + n + " elementi"
        if (n == 1) {
          out += "o"
        } else {
          out += "i"
        }
        break
      case "unevaluatedProperties":
        out = "non deve avere attributi non valutati"
        break
      case "uniqueItems":
        out =
          "non deve avere duplicati (gli elementi ## " +
          e.params.j +
          " e " +
          e.params.i +
          " sono uguali)"
        break
      default:
        out = 'deve essere valido secondo il criterio "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 724:
/***/ ((module) => {


module.exports = function localize_ja(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "は" + n + "以上あってはいけない"
        break
      case "additionalProperties":
        out = "追加してはいけない"
        break
      case "anyOf":
        out = '"anyOf"のスキーマとマッチしなくてはいけない'
        break
      case "const":
        out = "must be equal to constant"
        break
      case "contains":
        out = "must contain a valid item"
        break
      case "dependencies":
      case "dependentRequired":
        out = "" + e.params.property + "がある場合、"
        var n = e.params.depsCount
        out += "は" + e.params.deps + "をつけなければいけない"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'must pass "' + e.keyword + '" keyword validation'
        }
        break
      case "enum":
        out = "事前に定義された値のいずれかに等しくなければいけない"
        break
      case "false schema":
        out = "boolean schema is false"
        break
      case "format":
        out = '"' + e.params.format + '"形式に揃えなければいけない'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "must be " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += cond + "でなければいけない"
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "は" + n + "個以上であってはいけない"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "は" + n + "文字以上であってはいけない"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "は" + n + "個以上のプロパティを有してはいけない"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += cond + "でなければいけない"
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "は" + n + "個以下であってはいけない"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "は" + n + "文字以下であってはいけない"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "は" + n + "個以下のプロパティを有してはいけない"
        break
      case "multipleOf":
        out = "" + e.params.multipleOf + "の倍数でなければいけない"
        break
      case "not":
        out = '"not"のスキーマに従って有効としてはいけない'
        break
      case "oneOf":
        out = '"oneOf"のスキーマと完全に一致しなくてはいけない'
        break
      case "pattern":
        out = '"' + e.params.pattern + '"のパターンと一致しなければいけない'
        break
      case "patternRequired":
        out =
          'must have property matching pattern "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "property name is invalid"
        break
      case "required":
        out =
          "必要なプロパティ" + e.params.missingProperty + "がなければいけない"
        break
      case "type":
        out = "" + e.params.type + "でなければいけない"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "重複するアイテムがあってはいけない（" +
          e.params.j +
          "と" +
          e.params.i +
          "は同じである）"
        break
      default:
        out = 'must pass "' + e.keyword + '" keyword validation'
    }
    e.message = out
  }
}


/***/ }),

/***/ 2139:
/***/ ((module) => {


module.exports = function localize_ko(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += " 항목은 아이템을 " + n + "개 이상 가질 수 없습니다"
        break
      case "additionalProperties":
        out = "추가적인 속성은 허용되지 않습니다"
        break
      case "anyOf":
        out = '"anyOf"의 스키마와 일치해야 합니다'
        break
      case "const":
        out = "상수와 같아야합니다"
        break
      case "contains":
        out = "올바른 아이템을 포함해야 합니다"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out +=
          e.params.property +
          "속성이 있는 경우, " +
          e.params.deps +
          " 속성이 있어야합니다"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = '"' + e.params.tag + '"태그는 반드시 문자열이여야 합니다'
            break
          case "mapping":
            out =
              '"' + e.params.tag + '"태그의 값은 반드시 oneOf에 있어야 합니다'
            break
          default:
            out = '"' + e.keyword + '"키워드 검사를 통과해야 합니다'
        }
        break
      case "enum":
        out = "미리 정의된 값중 하나여야 합니다"
        break
      case "false schema":
        out = "boolean 스키마는 올바르지 않습니다"
        break
      case "format":
        out = '"' + e.params.format + '" 포맷과 일치해야 합니다'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " " + cond + " 이여야 합니다"
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " " + cond + " 이여야 합니다"
        break
      case "if":
        out = '"' + e.params.failingKeyword + '" 스키마와 일치해야 합니다'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " " + cond + " 이여야 합니다"
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "아이템이 최대 " + n + "개이여야 합니다"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "최대 " + n + "글자여야 합니다"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "속성은 최대 " + n + "개 이내여야 합니다"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += " " + cond + " 이여야 합니다"
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "아이템이 최소 " + n + "개이여야 합니다"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "최소 " + n + "글자여야 합니다"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "속성은 최소 " + n + "개 이상이여야 합니다"
        break
      case "multipleOf":
        out = "" + e.params.multipleOf + "의 배수여야 합니다"
        break
      case "not":
        out = '"not"스키마에 따라 유효하지 않아야 합니다'
        break
      case "oneOf":
        out = '"oneOf" 스키마중 하나와 정확하게 일치해야 합니다'
        break
      case "pattern":
        out = '"' + e.params.pattern + '"패턴과 일치해야 합니다'
        break
      case "patternRequired":
        out =
          '"' +
          e.params.missingPattern +
          '"패턴과 일치하는 속성을 가져야 합니다'
        break
      case "propertyNames":
        out = "속성명이 올바르지 않습니다"
        break
      case "required":
        out = "" + e.params.missingProperty + " 속성은 필수입니다"
        break
      case "type":
        out = "" + e.params.type + "이여야 합니다"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "항목이 " + n + "개 아이템을 초과하면 안됩니다"
        break
      case "unevaluatedProperties":
        out = "평가되지 않은 속성이 없어야합니다."
        break
      case "uniqueItems":
        out =
          "중복 아이템이 없어야 합니다 (아이템" +
          e.params.j +
          "과 아이템" +
          e.params.i +
          "가 동일합니다)"
        break
      default:
        out = '"' + e.keyword + '"키워드 검사를 통과해야 합니다'
    }
    e.message = out
  }
}


/***/ }),

/***/ 7001:
/***/ ((module) => {


module.exports = function localize_nb(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "kan ikke ha mer enn " + n + " element"
        if (n != 1) {
          out += "er"
        }
        break
      case "additionalProperties":
        out = "kan ikke ha flere egenskaper"
        break
      case "anyOf":
        out = 'må samsvare med et schema i "anyOf"'
        break
      case "const":
        out = "må være lik konstanten"
        break
      case "contains":
        out = "må inneholde et gyldig element"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "må ha egenskapen"
        if (n != 1) {
          out += "e"
        }
        out +=
          " " +
          e.params.deps +
          " når egenskapen " +
          e.params.property +
          " er angitt"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = "må samsvare med valideringen for " + e.keyword
        }
        break
      case "enum":
        out = "må være lik en av de forhåndsdefinerte verdiene"
        break
      case "false schema":
        out = "boolsk schema er usannt"
        break
      case "format":
        out = 'må stemme overens med formatet "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "må være " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "må være " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "må være " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "kan ikke ha fler enn " + n + " element"
        if (n != 1) {
          out += "er"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "kan ikke være lengre enn " + n + " tegn"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "kan ikke ha mer enn " + n + " egenskap"
        if (n != 1) {
          out += "er"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "må være " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "kan ikke ha færre enn " + n + " element"
        if (n != 1) {
          out += "er"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "kan ikke være kortere enn " + n + " tegn"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "kan ikke ha mindre enn " + n + " egenskap"
        if (n != 1) {
          out += "er"
        }
        break
      case "multipleOf":
        out = "må være et multiplum av " + e.params.multipleOf
        break
      case "not":
        out = 'kan ikke samsvare med schema i "not"'
        break
      case "oneOf":
        out = 'må samsvare med nøyaktig ett schema i "oneOf"'
        break
      case "pattern":
        out = 'må samsvare med mønsteret "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'må ha en egenskap som samsvarer med mønsteret "' +
          e.params.missingPattern
        break
      case "propertyNames":
        out = "egenskapen med navnet '"
        e.params.propertyNameout += "' er ugyldig"
        break
      case "required":
        out = "må ha den påkrevde egenskapen " + e.params.missingProperty
        break
      case "type":
        out = ""
        var t = e.params.type
        out += "må være "
        if (t == "number") {
          out += "et tall"
        } else if (t == "integer") {
          out += "et heltall"
        } else if (t == "string") {
          out += "en streng"
        } else if (t == "boolean") {
          out += "ja eller nei"
        } else {
          out += t
        }
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "kan ikke ha duplikate elemeneter (elementene ## " +
          e.params.j +
          " og " +
          e.params.i +
          " er identiske)"
        break
      default:
        out = "må samsvare med valideringen for " + e.keyword
    }
    e.message = out
  }
}


/***/ }),

/***/ 3467:
/***/ ((module) => {


module.exports = function localize_nl(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "mag niet meer dan " + n + " item"
        if (n != 1) {
          out += "s"
        }
        out += " bevatten"
        break
      case "additionalProperties":
        out = "mag geen extra eigenschappen bevatten"
        break
      case "anyOf":
        out = 'moet overeenkomen met een schema in "anyOf"'
        break
      case "const":
        out = "moet gelijk zijn aan constante"
        break
      case "contains":
        out = "moet een geldig item bevatten"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "moet de eigenschap"
        if (n != 1) {
          out += "pen"
        }
        out +=
          " " +
          e.params.deps +
          " bevatten als " +
          e.params.property +
          " is gedefinieerd"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" moet een tekenreeks zijn'
            break
          case "mapping":
            out =
              'de waarde van het veld "' +
              e.params.tag +
              '" moet voorkomen in de oneOf'
            break
          default:
            out = 'moet sleutelwoord validatie "' + e.keyword + '" doorstaan'
        }
        break
      case "enum":
        out = "moet overeenkomen met één van de voorgedefinieerde waarden"
        break
      case "false schema":
        out = "boolean schema is fout"
        break
      case "format":
        out =
          'moet overeenkomen met het volgende formaat: "' +
          e.params.format +
          '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "moet " + cond + " zijn"
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "moet " + cond + " zijn"
        break
      case "if":
        out = 'moet overeenkomen met "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "moet " + cond + " zijn"
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "mag niet meer dan " + n + " item"
        if (n != 1) {
          out += "s"
        }
        out += " bevatten"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "mag niet langer dan " + n + " karakter"
        if (n != 1) {
          out += "s"
        }
        out += " zijn"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "mag niet meer dan " + n + " eigenschap"
        if (n != 1) {
          out += "pen"
        }
        out += " bevatten"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "moet " + cond + " zijn"
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "mag niet minder dan " + n + " item"
        if (n != 1) {
          out += "s"
        }
        out += " bevatten"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "mag niet korter dan " + n + " karakter"
        if (n != 1) {
          out += "s"
        }
        out += " zijn"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "mag niet minder dan " + n + " eigenschap"
        if (n != 1) {
          out += "pen"
        }
        out += " bevatten"
        break
      case "multipleOf":
        out = "moet een veelvoud van " + e.params.multipleOf + " zijn"
        break
      case "not":
        out = 'mag niet overeenkomen met een schema in "not"'
        break
      case "oneOf":
        out = 'moet overeenkomen met één schema in "oneOf"'
        break
      case "pattern":
        out =
          'moet overeenkomen met het volgende patroon: "' +
          e.params.pattern +
          '"'
        break
      case "patternRequired":
        out =
          'moet een eigenschap bevatten die overeenkomt met het pattroon: "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "eigenschapnaam is ongeldig"
        break
      case "required":
        out = "moet de eigenschap " + e.params.missingProperty + " bevatten"
        break
      case "type":
        out = ""
        var t = e.params.type
        out += "moet een "
        if (t == "number") {
          out += "nummer"
        } else if (t == "integer") {
          out += "geheel getal"
        } else if (t == "string") {
          out += "tekenreeks"
        } else if (t == "boolean") {
          out += "ja of nee waarde"
        }
        out += " (" + t + ") bevatten"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "mag niet meer dan " + n + " item"
        if (n != 1) {
          out += "s"
        }
        out += " bevatten"
        break
      case "unevaluatedProperties":
        out = "mag geen ongecontroleerde eigenschappen bevatten"
        break
      case "uniqueItems":
        out =
          "mag geen gedupliceerde items bevatten (items ## " +
          e.params.j +
          " en " +
          e.params.i +
          " zijn identiek)"
        break
      default:
        out = 'moet sleutelwoord validatie "' + e.keyword + '" doorstaan'
    }
    e.message = out
  }
}


/***/ }),

/***/ 8057:
/***/ ((module) => {


module.exports = function localize_pl(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "nie powinien mieć więcej niż " + n + " element"
        if (n == 1) {
          out += "u"
        } else {
          out += "ów"
        }
        break
      case "additionalProperties":
        out = "nie powinien zawierać dodatkowych pól"
        break
      case "anyOf":
        out = 'powinien pasować do wzoru z sekcji "anyOf"'
        break
      case "const":
        out = "powinien być równy stałej"
        break
      case "contains":
        out = "must contain a valid item"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "powinien zawierać pol"
        if (n == 1) {
          out += "e"
        } else {
          out += "a"
        }
        out +=
          " " +
          e.params.deps +
          " kiedy pole " +
          e.params.property +
          " jest obecne"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'powinien przejść walidację "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "powinien być równy jednej z predefiniowanych wartości"
        break
      case "false schema":
        out = "boolean schema is false"
        break
      case "format":
        out = 'powinien zgadzać się z formatem "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "powinien być " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "powinien być " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "powinien być " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "nie powinien mieć więcej niż " + n + " element"
        if (n == 1) {
          out += "u"
        } else {
          out += "ów"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "nie powinien być dłuższy niż " + n + " znak"
        if (n != 1) {
          out += "ów"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "nie powinien zawierać więcej niż " + n + " "
        if (n == 1) {
          out += "pole"
        } else {
          out += "pól"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "powinien być " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "nie powinien mieć mniej niż " + n + " element"
        if (n == 1) {
          out += "u"
        } else {
          out += "ów"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "nie powinien być krótszy niż " + n + " znak"
        if (n != 1) {
          out += "ów"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "nie powinien zawierać mniej niż " + n + " "
        if (n == 1) {
          out += "pole"
        } else {
          out += "pól"
        }
        break
      case "multipleOf":
        out = "powinien być wielokrotnością " + e.params.multipleOf
        break
      case "not":
        out = 'nie powinien pasować do wzoru z sekcji "not"'
        break
      case "oneOf":
        out = 'powinien pasować do jednego wzoru z sekcji "oneOf"'
        break
      case "pattern":
        out = 'powinien zgadzać się ze wzorem "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'powinien mieć pole pasujące do wzorca "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "property name is invalid"
        break
      case "required":
        out = "powinien zawierać wymagane pole " + e.params.missingProperty
        break
      case "type":
        out = "powinien być " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "nie powinien zawierać elementów które się powtarzają (elementy " +
          e.params.j +
          " i " +
          e.params.i +
          " są identyczne)"
        break
      default:
        out = 'powinien przejść walidację "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 960:
/***/ ((module) => {


module.exports = function localize_pt_BR(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = "não são permitidos itens adicionais (mais do que " + n + ")"
        break
      case "additionalProperties":
        out = "não são permitidas propriedades adicionais"
        break
      case "anyOf":
        out = 'os dados não correspondem a nenhum schema de "anyOf"'
        break
      case "const":
        out = "deve ser igual à constante"
        break
      case "contains":
        out = "deve conter um item válido"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += " deve ter propriedade"
        if (n != 1) {
          out += "s"
        }
        out +=
          " " +
          e.params.deps +
          " quando a propriedade " +
          e.params.property +
          " estiver presente"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'a tag "' + e.params.tag + '" deve ser uma string'
            break
          case "mapping":
            out = 'o valor da tag "' + e.params.tag + '" deve estar no oneOf'
            break
          default:
            out = 'deve passar a validação da keyword "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "deve ser igual a um dos valores permitidos"
        break
      case "false schema":
        out = 'o schema booleano é "false"'
        break
      case "format":
        out = 'deve corresponder ao formato "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve ser " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve ser " + cond
        break
      case "if":
        out = 'deve corresponder ao schema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve ser " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "não deve ter mais que " + n + " elemento"
        if (n != 1) {
          out += "s"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "não deve ser maior que " + n + " caracter"
        if (n != 1) {
          out += "es"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "não deve ter mais que " + n + " propriedade"
        if (n != 1) {
          out += "s"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "deve ser " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "não deve ter menos que " + n + " elemento"
        if (n != 1) {
          out += "s"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "não deve ser mais curta que " + n + " caracter"
        if (n != 1) {
          out += "es"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "não deve ter menos que " + n + " propriedade"
        if (n != 1) {
          out += "s"
        }
        break
      case "multipleOf":
        out = "deve ser múltiplo de " + e.params.multipleOf
        break
      case "not":
        out = 'não deve ser valido segundo o schema em "not"'
        break
      case "oneOf":
        out = 'deve corresponder exatamente com um schema em "oneOf"'
        break
      case "pattern":
        out = 'deve corresponder ao padrão "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'deve ter a propriedade correspondente ao padrão "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "o nome da propriedade é inválido"
        break
      case "required":
        out = "deve ter a propriedade obrigatória " + e.params.missingProperty
        break
      case "type":
        out = ""
        var t = e.params.type
        out += "deve ser "
        if (t == "number") {
          out += "um número"
        } else if (t == "integer") {
          out += "um número inteiro"
        } else if (t == "string") {
          out += "um texto"
        } else if (t == "boolean") {
          out += "um booleano"
        } else {
          out += t
        }
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "não pode possuir mais que " + n + " "
        if (n == 1) {
          out += "item"
        } else {
          out += "itens"
        }
        break
      case "unevaluatedProperties":
        out = "não pode possuir propridades não avaliadas"
        break
      case "uniqueItems":
        out =
          "não deve ter itens duplicados (os itens ## " +
          e.params.j +
          " e " +
          e.params.i +
          " são idênticos)"
        break
      default:
        out = 'deve passar a validação da keyword "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 3408:
/***/ ((module) => {


module.exports = function localize_ru(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "должно иметь не более, чем " + n + " элемент"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "additionalProperties":
        out = "не должно иметь дополнительных полей"
        break
      case "anyOf":
        out = 'должно соответствовать одной их схем в "anyOf"'
        break
      case "const":
        out = "должно быть равно заданному значению"
        break
      case "contains":
        out = "должно содержать значение соответствующее схеме"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "должно иметь пол"
        if (n == 1) {
          out += "е"
        } else {
          out += "я"
        }
        out +=
          " " + e.params.deps + ", когда присутствует поле " + e.params.property
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'поле "' + e.params.tag + '" должно быть строкой'
            break
          case "mapping":
            out =
              'значение поля "' +
              e.params.tag +
              '" должно быть в одной из oneOf схем '
            break
          default:
            out = 'должно соответствовать правилу "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "должно быть равно одному из разрешенных значений"
        break
      case "false schema":
        out = "схема равна false"
        break
      case "format":
        out = 'должно соответствовать формату "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "должно быть " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "должно быть " + cond
        break
      case "if":
        out = 'должно соответствовать схемe "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "должно быть " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "должно иметь не более, чем " + n + " элемент"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "должно быть не длиннее, чем " + n + " символ"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "должно иметь не более, чем " + n + " пол"
        if (n == 1) {
          out += "е"
        } else if (n >= 2 && n <= 4) {
          out += "я"
        } else {
          out += "ей"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "должно быть " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "должно иметь не менее, чем " + n + " элемент"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "должно быть не короче, чем " + n + " символ"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "должно иметь не менее, чем " + n + " пол"
        if (n == 1) {
          out += "е"
        } else if (n >= 2 && n <= 4) {
          out += "я"
        } else {
          out += "ей"
        }
        break
      case "multipleOf":
        out = "должно быть кратным " + e.params.multipleOf
        break
      case "not":
        out = 'должно не соответствовать схеме в "not"'
        break
      case "oneOf":
        out = 'должно соответствовать в точности одной схемe в "oneOf"'
        break
      case "pattern":
        out = 'должно соответствовать образцу "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'должно иметь поле, соответствующее образцу "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "имя поля не соответствует схеме"
        break
      case "required":
        out = "должно иметь обязательное поле " + e.params.missingProperty
        break
      case "type":
        out = "должно быть " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "должно иметь не более, чем " + n + " элемент"
        if (n >= 2 && n <= 4) {
          out += "а"
        } else if (n != 1) {
          out += "ов"
        }
        break
      case "unevaluatedProperties":
        out = "не должно иметь непроверенных полей"
        break
      case "uniqueItems":
        out =
          "не должно иметь повторяющихся элементов (элементы " +
          e.params.j +
          " и " +
          e.params.i +
          " идентичны)"
        break
      default:
        out = 'должно соответствовать правилу "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 2871:
/***/ ((module) => {


module.exports = function localize_sk(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "nemôže obsahovať viac, než " + n + " prv"
        if (n == 1) {
          out += "ok"
        } else {
          out += "kov"
        }
        break
      case "additionalProperties":
        out = "nemôže obsahovať ďalšie položky"
        break
      case "anyOf":
        out = 'musí splňovať aspoň jednu zo schém v "anyOf"'
        break
      case "const":
        out = "musí byť konštanta"
        break
      case "contains":
        out = "musí obsahovať prvok zodpovedajúci schéme"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += " musí obsahovať polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "iek"
        } else {
          out += "ka"
        }
        out += ": " + e.params.deps + ", ak obsahuje " + e.params.property
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'musí splniť "' + e.keyword + '" validáciu'
        }
        break
      case "enum":
        out = "musí byť jedna z definovaných hodnôt"
        break
      case "false schema":
        out = "schéma je false"
        break
      case "format":
        out = 'musí obsahovať formát "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí byť " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí byť " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí byť " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "nesmie obsahovať viac než " + n + " prv"
        if (n == 1) {
          out += "ok"
        } else {
          out += "kov"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "nesmie byť dlhší než " + n + " znak"
        if (n != 1) {
          out += "ov"
        }
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "nesmie obsahovať viac než " + n + " polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "iek"
        } else {
          out += "ka"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "musí byť " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "nesmie obsahovať menej než " + n + " prv"
        if (n == 1) {
          out += "ok"
        } else {
          out += "kov"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "nesmie byť kratší než " + n + " znak"
        if (n != 1) {
          out += "ov"
        }
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "nesmie obsahovať menej než " + n + " polož"
        if (n >= 2 && n <= 4) {
          out += "ky"
        } else if (n != 1) {
          out += "iek"
        } else {
          out += "ka"
        }
        break
      case "multipleOf":
        out = "musí byť násobkom " + e.params.multipleOf
        break
      case "not":
        out = 'nesmie splňovať schému v "not"'
        break
      case "oneOf":
        out = 'musí splňovať práve jednu schému v "oneOf"'
        break
      case "pattern":
        out = 'musí splňovať regulárny výraz "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'musí obsahovať položku splňjúcu regulárny výraz "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "názov položky nezodpovedá schéme"
        break
      case "required":
        out = "musí obsahovať požadovanú položku " + e.params.missingProperty
        break
      case "type":
        out = "musí byť " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "nesmie obsahovať duplicitné prvky (prvky ## " +
          e.params.j +
          " a " +
          e.params.i +
          " sú rovnaké)"
        break
      default:
        out = 'musí splniť "' + e.keyword + '" validáciu'
    }
    e.message = out
  }
}


/***/ }),

/***/ 996:
/***/ ((module) => {


module.exports = function localize_sv(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "borde ha fler än " + n + " sak"
        if (n != 1) {
          out += "er"
        }
        break
      case "additionalProperties":
        out = "borde inte ha fler egenskaper"
        break
      case "anyOf":
        out = 'borde matcha något schema i "anyOf"'
        break
      case "const":
        out = "bör vara en konstant"
        break
      case "contains":
        out = "bör innehålla ett giltigt objekt"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "borde ha egenskap"
        if (n != 1) {
          out += "er"
        }
        out +=
          " " +
          e.params.deps +
          " när egenskap " +
          e.params.property +
          " finns tillgängligt"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" must be string'
            break
          case "mapping":
            out = 'value of tag "' + e.params.tag + '" must be in oneOf'
            break
          default:
            out = 'bör passera "' + e.keyword + '" nyckelord validering'
        }
        break
      case "enum":
        out = "borde vara ekvivalent med en av dess fördefinierade värden"
        break
      case "false schema":
        out = "boolean schema är falskt"
        break
      case "format":
        out = 'borde matcha formatet "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "bör vara " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "bör vara " + cond
        break
      case "if":
        out = 'must match "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "borde vara " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "borde inte ha fler än " + n + " sak"
        if (n != 1) {
          out += "er"
        }
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "borde inte vara längre än " + n + " tecken"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "borde inte ha fler än " + n + " egenskap"
        if (n != 1) {
          out += "er"
        }
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "borde vara " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "borde inte ha färre än " + n + " sak"
        if (n != 1) {
          out += "er"
        }
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "borde inte vara kortare än " + n + " tecken"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "borde inte ha färre än " + n + " egenskap"
        if (n != 1) {
          out += "er"
        }
        break
      case "multipleOf":
        out = "borde vara en multipel av " + e.params.multipleOf
        break
      case "not":
        out = 'borde inte vara giltigt enligt schema i "not"'
        break
      case "oneOf":
        out = 'borde matcha exakt ett schema i "oneOf"'
        break
      case "pattern":
        out = 'borde matcha mönstret "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'bör ha en egenskap som matchar mönstret "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "egenskap med namnet är inte giltig"
        break
      case "required":
        out = "borde ha den nödvändiga egenskapen " + e.params.missingProperty
        break
      case "type":
        out = "borde vara " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "must NOT have more than " + n + " item"
        if (n != 1) {
          out += "s"
        }
        break
      case "unevaluatedProperties":
        out = "must NOT have unevaluated properties"
        break
      case "uniqueItems":
        out =
          "borde inte ha duplicerade saker (sakerna ## " +
          e.params.j +
          " och " +
          e.params.i +
          " är identiska)"
        break
      default:
        out = 'bör passera "' + e.keyword + '" nyckelord validering'
    }
    e.message = out
  }
}


/***/ }),

/***/ 2529:
/***/ ((module) => {


module.exports = function localize_th(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "ต้องมีสมาชิกไม่เกิน " + n + " ตัว"
        break
      case "additionalProperties":
        out = "ต้องไม่มี property อื่นๆ นอกเหนีอจากที่กำหนดไว้"
        break
      case "anyOf":
        out = 'ต้องตรงกับหนึ่งใน schema ที่กำหนดไว้ใน "anyOf"'
        break
      case "const":
        out = "ต้องเท่ากับค่าคงที่"
        break
      case "contains":
        out = "ต้องมีสมาชิกที่ผ่านเงื่อนไขอยู่"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out +=
          "เมื่อมี property " +
          e.params.property +
          " แล้วจะต้องมี property " +
          e.params.deps +
          " ด้วย"
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = 'tag "' + e.params.tag + '" ต้องเป็น string'
            break
          case "mapping":
            out = 'ต้องมีค่าของ tag "' + e.params.tag + '" ใน oneOf'
            break
          default:
            out = 'ต้องผ่านคีย์เวิร์ด "' + e.keyword + '"'
        }
        break
      case "enum":
        out = "ต้องตรงกับหนึ่งในค่าที่กำหนดไว้"
        break
      case "false schema":
        out = "schema เป็น false"
        break
      case "format":
        out = 'ต้องเป็นรูปแบบ "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ต้อง " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ต้อง " + cond
        break
      case "if":
        out = 'ต้องตรงกับ schema "' + e.params.failingKeyword + '"'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ต้อง " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "ต้องมีสมาชิกไม่เกิน " + n
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "ต้องยาวไม่เกิน " + n + " ตัวอักษร"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "ต้องมี property ไม่เกิน " + n + " ตัว"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "ต้อง " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "ควรมีสมาชิกไม่น้อยกว่า " + n
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "ต้องมีอย่างน้อย " + n + " ตัวอักษร"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "ต้องมี property อย่างน้อย " + n + " ตัว"
        break
      case "multipleOf":
        out = "ต้องเป็นเลขที่หาร " + e.params.multipleOf + " ลงตัว"
        break
      case "not":
        out = 'ต้องไม่ผ่าน schema ที่กำหนดไว้ใน "not"'
        break
      case "oneOf":
        out = 'ต้องตรงกับ schema ตัวเดียวใน "oneOf" เท่านั้น'
        break
      case "pattern":
        out = 'ต้องตรงตาม pattern "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out =
          'ต้องมี property ที่มีชื่อตรงตาม pattern "' +
          e.params.missingPattern +
          '"'
        break
      case "propertyNames":
        out = "ชื่อ property ไม่ถูกต้อง"
        break
      case "required":
        out = "ต้องมี property " + e.params.missingProperty + " ด้วย"
        break
      case "type":
        out = "ต้องเป็น " + e.params.type
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += "ต้องมีไม่เกิน " + n + " ตัว"
        break
      case "unevaluatedProperties":
        out = "ต้องไม่มี property ที่ยังไม่ได้ผ่านการตรวจสอบเงื่อนไขใดๆ"
        break
      case "uniqueItems":
        out =
          "ต้องมีสมาชิกไม่ซ้ำักัน (ลำดับที่ " +
          e.params.j +
          " กับ " +
          e.params.i +
          " ซ้ำกัน)"
        break
      default:
        out = 'ต้องผ่านคีย์เวิร์ด "' + e.keyword + '"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 5343:
/***/ ((module) => {


module.exports = function localize_zh_TW(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "不可以超過" + n + "個元素"
        break
      case "additionalProperties":
        out = "不可以有額外的屬性"
        break
      case "anyOf":
        out = "不符合 anyOf 指定的模式"
        break
      case "const":
        out = "應該等於常數"
        break
      case "contains":
        out = "應該包含一個有效元素"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "應該要有屬性" + e.params.property + "的依賴屬性" + e.params.deps
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = '標籤 "' + e.params.tag + '" 的類型必須是字串'
            break
          case "mapping":
            out = '標籤 "' + e.params.tag + '" 必須在 oneOf 其中之一'
            break
          default:
            out = '應該通過 "' + e.keyword + ' 關鍵詞檢驗"'
        }
        break
      case "enum":
        out = "應該要在預設的值之中"
        break
      case "false schema":
        out = "布林模式不正確"
        break
      case "format":
        out = "應該要符合" + e.params.format + "格式"
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "應該是 " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "應該是 " + cond
        break
      case "if":
        out = '應該符合 "' + e.params.failingKeyword + '" schema'
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "應該要 " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "不應該多於 " + n + " 個"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "不應該多於 " + n + " 個字元"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "不應該多於 " + n + " 個屬性"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "應該要 " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "不應該少於 " + n + " 個"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "不應該少於 " + n + " 個字元"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "不應該少於 " + n + " 個屬性"
        break
      case "multipleOf":
        out = "應該是 " + e.params.multipleOf + " 的整數倍"
        break
      case "not":
        out = '不應該符合 "not" schema'
        break
      case "oneOf":
        out = '只能符合一個 "oneOf" 中的 schema'
        break
      case "pattern":
        out = '應該符合模式 "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out = "應該有屬性對應模式 " + e.params.missingPattern
        break
      case "propertyNames":
        out = "属性名 無效"
        break
      case "required":
        out = "應該有必須屬性 " + e.params.missingProperty
        break
      case "type":
        out = "應該是 " + e.params.type + " 類型"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += " 的元素不可以超過 " + n + " 個"
        break
      case "unevaluatedProperties":
        out = "不應該有未驗證的屬性"
        break
      case "uniqueItems":
        out =
          "不應該有重複項目 (第 " +
          e.params.j +
          " 項和第 " +
          e.params.i +
          " 項是重複的)"
        break
      default:
        out = '應該通過 "' + e.keyword + ' 關鍵詞檢驗"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 3411:
/***/ ((module) => {


module.exports = function localize_zh(errors) {
  if (!(errors && errors.length)) return
  for (const e of errors) {
    let out
    switch (e.keyword) {
      case "additionalItems":
      case "items":
        out = ""
        var n = e.params.limit
        out += "不允许超过" + n + "个元素"
        break
      case "additionalProperties":
        out = "不允许有额外的属性"
        break
      case "anyOf":
        out = "数据应为 anyOf 所指定的其中一个"
        break
      case "const":
        out = "应当等于常量"
        break
      case "contains":
        out = "应当包含一个有效项"
        break
      case "dependencies":
      case "dependentRequired":
        out = ""
        var n = e.params.depsCount
        out += "应当拥有属性" + e.params.property + "的依赖属性" + e.params.deps
        break
      case "discriminator":
        switch (e.params.error) {
          case "tag":
            out = '标签 "' + e.params.tag + '" 的类型必须为字符串'
            break
          case "mapping":
            out = '标签 "' + e.params.tag + '" 的值必须在 oneOf 之中'
            break
          default:
            out = '应当通过 "' + e.keyword + ' 关键词校验"'
        }
        break
      case "enum":
        out = "应当是预设定的枚举值之一"
        break
      case "false schema":
        out = "布尔模式出错"
        break
      case "format":
        out = '应当匹配格式 "' + e.params.format + '"'
        break
      case "formatMaximum":
      case "formatExclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "应当是 " + cond
        break
      case "formatMinimum":
      case "formatExclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "应当是 " + cond
        break
      case "if":
        out = '应当匹配模式 "' + e.params.failingKeyword + '" '
        break
      case "maximum":
      case "exclusiveMaximum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "应当为 " + cond
        break
      case "maxItems":
        out = ""
        var n = e.params.limit
        out += "不应多于 " + n + " 个项"
        break
      case "maxLength":
        out = ""
        var n = e.params.limit
        out += "不应多于 " + n + " 个字符"
        break
      case "maxProperties":
        out = ""
        var n = e.params.limit
        out += "不应有多于 " + n + " 个属性"
        break
      case "minimum":
      case "exclusiveMinimum":
        out = ""
        var cond = e.params.comparison + " " + e.params.limit
        out += "应当为 " + cond
        break
      case "minItems":
        out = ""
        var n = e.params.limit
        out += "不应少于 " + n + " 个项"
        break
      case "minLength":
        out = ""
        var n = e.params.limit
        out += "不应少于 " + n + " 个字符"
        break
      case "minProperties":
        out = ""
        var n = e.params.limit
        out += "不应有少于 " + n + " 个属性"
        break
      case "multipleOf":
        out = "应当是 " + e.params.multipleOf + " 的整数倍"
        break
      case "not":
        out = '不应当匹配 "not" schema'
        break
      case "oneOf":
        out = '只能匹配一个 "oneOf" 中的 schema'
        break
      case "pattern":
        out = '应当匹配模式 "' + e.params.pattern + '"'
        break
      case "patternRequired":
        out = "应当有属性匹配模式 " + e.params.missingPattern
        break
      case "propertyNames":
        out = "属性名 无效"
        break
      case "required":
        out = "应当有必需属性 " + e.params.missingProperty
        break
      case "type":
        out = "应当是 " + e.params.type + " 类型"
        break
      case "unevaluatedItems":
        out = ""
        var n = e.params.len
        out += " 不允许有超过 " + n + " 个元素"
        break
      case "unevaluatedProperties":
        out = "不允许存在未求值的属性"
        break
      case "uniqueItems":
        out =
          "不应当含有重复项 (第 " +
          e.params.j +
          " 项与第 " +
          e.params.i +
          " 项是重复的)"
        break
      default:
        out = '应当通过 "' + e.keyword + ' 关键词校验"'
    }
    e.message = out
  }
}


/***/ }),

/***/ 7100:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const ipRegex = __webpack_require__(1179);

const defaultOpts = {exact: false};

const v4str = `${ipRegex.v4().source}\\/(3[0-2]|[12]?[0-9])`;
const v6str = `${ipRegex.v6().source}\\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])`;

// can not precompile the non-exact regexes because global flag makes the regex object stateful
// which would require the user to reset .lastIndex on subsequent calls
const v4exact = new RegExp(`^${v4str}$`);
const v6exact = new RegExp(`^${v6str}$`);
const v46exact = new RegExp(`(?:^${v4str}$)|(?:^${v6str}$)`);

module.exports = ({exact} = defaultOpts) => exact ? v46exact : new RegExp(`(?:${v4str})|(?:${v6str})`, "g");
module.exports.v4 = ({exact} = defaultOpts) => exact ? v4exact : new RegExp(v4str, "g");
module.exports.v6 = ({exact} = defaultOpts) => exact ? v6exact : new RegExp(v6str, "g");


/***/ }),

/***/ 3860:
/***/ ((module) => {



var hasOwn = Object.prototype.hasOwnProperty;
var toStr = Object.prototype.toString;
var defineProperty = Object.defineProperty;
var gOPD = Object.getOwnPropertyDescriptor;

var isArray = function isArray(arr) {
	if (typeof Array.isArray === 'function') {
		return Array.isArray(arr);
	}

	return toStr.call(arr) === '[object Array]';
};

var isPlainObject = function isPlainObject(obj) {
	if (!obj || toStr.call(obj) !== '[object Object]') {
		return false;
	}

	var hasOwnConstructor = hasOwn.call(obj, 'constructor');
	var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, 'isPrototypeOf');
	// Not own constructor property must be Object
	if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
		return false;
	}

	// Own properties are enumerated firstly, so to speed up,
	// if last one is own, then all properties are own.
	var key;
	for (key in obj) { /**/ }

	return typeof key === 'undefined' || hasOwn.call(obj, key);
};

// If name is '__proto__', and Object.defineProperty is available, define __proto__ as an own property on target
var setProperty = function setProperty(target, options) {
	if (defineProperty && options.name === '__proto__') {
		defineProperty(target, options.name, {
			enumerable: true,
			configurable: true,
			value: options.newValue,
			writable: true
		});
	} else {
		target[options.name] = options.newValue;
	}
};

// Return undefined instead of __proto__ if '__proto__' is not an own property
var getProperty = function getProperty(obj, name) {
	if (name === '__proto__') {
		if (!hasOwn.call(obj, name)) {
			return void 0;
		} else if (gOPD) {
			// In early versions of node, obj['__proto__'] is buggy when obj has
			// __proto__ as an own property. Object.getOwnPropertyDescriptor() works.
			return gOPD(obj, name).value;
		}
	}

	return obj[name];
};

module.exports = function extend() {
	var options, name, src, copy, copyIsArray, clone;
	var target = arguments[0];
	var i = 1;
	var length = arguments.length;
	var deep = false;

	// Handle a deep copy situation
	if (typeof target === 'boolean') {
		deep = target;
		target = arguments[1] || {};
		// skip the boolean and the target
		i = 2;
	}
	if (target == null || (typeof target !== 'object' && typeof target !== 'function')) {
		target = {};
	}

	for (; i < length; ++i) {
		options = arguments[i];
		// Only deal with non-null/undefined values
		if (options != null) {
			// Extend the base object
			for (name in options) {
				src = getProperty(target, name);
				copy = getProperty(options, name);

				// Prevent never-ending loop
				if (target !== copy) {
					// Recurse if we're merging plain objects or arrays
					if (deep && copy && (isPlainObject(copy) || (copyIsArray = isArray(copy)))) {
						if (copyIsArray) {
							copyIsArray = false;
							clone = src && isArray(src) ? src : [];
						} else {
							clone = src && isPlainObject(src) ? src : {};
						}

						// Never move original objects, clone them
						setProperty(target, { name: name, newValue: extend(deep, clone, copy) });

					// Don't bring in undefined values
					} else if (typeof copy !== 'undefined') {
						setProperty(target, { name: name, newValue: copy });
					}
				}
			}
		}
	}

	// Return the modified object
	return target;
};


/***/ }),

/***/ 1179:
/***/ ((module) => {



const word = '[a-fA-F\\d:]';
const b = options => options && options.includeBoundaries ?
	`(?:(?<=\\s|^)(?=${word})|(?<=${word})(?=\\s|$))` :
	'';

const v4 = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}';

const v6seg = '[a-fA-F\\d]{1,4}';
const v6 = `
(?:
(?:${v6seg}:){7}(?:${v6seg}|:)|                                    // 1:2:3:4:5:6:7::  1:2:3:4:5:6:7:8
(?:${v6seg}:){6}(?:${v4}|:${v6seg}|:)|                             // 1:2:3:4:5:6::    1:2:3:4:5:6::8   1:2:3:4:5:6::8  1:2:3:4:5:6::1.2.3.4
(?:${v6seg}:){5}(?::${v4}|(?::${v6seg}){1,2}|:)|                   // 1:2:3:4:5::      1:2:3:4:5::7:8   1:2:3:4:5::8    1:2:3:4:5::7:1.2.3.4
(?:${v6seg}:){4}(?:(?::${v6seg}){0,1}:${v4}|(?::${v6seg}){1,3}|:)| // 1:2:3:4::        1:2:3:4::6:7:8   1:2:3:4::8      1:2:3:4::6:7:1.2.3.4
(?:${v6seg}:){3}(?:(?::${v6seg}){0,2}:${v4}|(?::${v6seg}){1,4}|:)| // 1:2:3::          1:2:3::5:6:7:8   1:2:3::8        1:2:3::5:6:7:1.2.3.4
(?:${v6seg}:){2}(?:(?::${v6seg}){0,3}:${v4}|(?::${v6seg}){1,5}|:)| // 1:2::            1:2::4:5:6:7:8   1:2::8          1:2::4:5:6:7:1.2.3.4
(?:${v6seg}:){1}(?:(?::${v6seg}){0,4}:${v4}|(?::${v6seg}){1,6}|:)| // 1::              1::3:4:5:6:7:8   1::8            1::3:4:5:6:7:1.2.3.4
(?::(?:(?::${v6seg}){0,5}:${v4}|(?::${v6seg}){1,7}|:))             // ::2:3:4:5:6:7:8  ::2:3:4:5:6:7:8  ::8             ::1.2.3.4
)(?:%[0-9a-zA-Z]{1,})?                                             // %eth0            %1
`.replace(/\s*\/\/.*$/gm, '').replace(/\n/g, '').trim();

// Pre-compile only the exact regexes because adding a global flag make regexes stateful
const v46Exact = new RegExp(`(?:^${v4}$)|(?:^${v6}$)`);
const v4exact = new RegExp(`^${v4}$`);
const v6exact = new RegExp(`^${v6}$`);

const ip = options => options && options.exact ?
	v46Exact :
	new RegExp(`(?:${b(options)}${v4}${b(options)})|(?:${b(options)}${v6}${b(options)})`, 'g');

ip.v4 = options => options && options.exact ? v4exact : new RegExp(`${b(options)}${v4}${b(options)}`, 'g');
ip.v6 = options => options && options.exact ? v6exact : new RegExp(`${b(options)}${v6}${b(options)}`, 'g');

module.exports = ip;


/***/ }),

/***/ 6613:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


const {v4, v6} = __webpack_require__(7100);

const re4 = v4({exact: true});
const re6 = v6({exact: true});

module.exports = str => re4.test(str) ? 4 : (re6.test(str) ? 6 : 0);
module.exports.v4 = str => re4.test(str);
module.exports.v6 = str => re6.test(str);


/***/ }),

/***/ 1400:
/***/ (function(module) {

(function(root, factory) {
    if ( true && module.exports) {
        module.exports = factory();
    } else {
        root.nearley = factory();
    }
}(this, function() {

    function Rule(name, symbols, postprocess) {
        this.id = ++Rule.highestId;
        this.name = name;
        this.symbols = symbols;        // a list of literal | regex class | nonterminal
        this.postprocess = postprocess;
        return this;
    }
    Rule.highestId = 0;

    Rule.prototype.toString = function(withCursorAt) {
        var symbolSequence = (typeof withCursorAt === "undefined")
                             ? this.symbols.map(getSymbolShortDisplay).join(' ')
                             : (   this.symbols.slice(0, withCursorAt).map(getSymbolShortDisplay).join(' ')
                                 + " ● "
                                 + this.symbols.slice(withCursorAt).map(getSymbolShortDisplay).join(' ')     );
        return this.name + " → " + symbolSequence;
    }


    // a State is a rule at a position from a given starting point in the input stream (reference)
    function State(rule, dot, reference, wantedBy) {
        this.rule = rule;
        this.dot = dot;
        this.reference = reference;
        this.data = [];
        this.wantedBy = wantedBy;
        this.isComplete = this.dot === rule.symbols.length;
    }

    State.prototype.toString = function() {
        return "{" + this.rule.toString(this.dot) + "}, from: " + (this.reference || 0);
    };

    State.prototype.nextState = function(child) {
        var state = new State(this.rule, this.dot + 1, this.reference, this.wantedBy);
        state.left = this;
        state.right = child;
        if (state.isComplete) {
            state.data = state.build();
            // Having right set here will prevent the right state and its children
            // form being garbage collected
            state.right = undefined;
        }
        return state;
    };

    State.prototype.build = function() {
        var children = [];
        var node = this;
        do {
            children.push(node.right.data);
            node = node.left;
        } while (node.left);
        children.reverse();
        return children;
    };

    State.prototype.finish = function() {
        if (this.rule.postprocess) {
            this.data = this.rule.postprocess(this.data, this.reference, Parser.fail);
        }
    };


    function Column(grammar, index) {
        this.grammar = grammar;
        this.index = index;
        this.states = [];
        this.wants = {}; // states indexed by the non-terminal they expect
        this.scannable = []; // list of states that expect a token
        this.completed = {}; // states that are nullable
    }


    Column.prototype.process = function(nextColumn) {
        var states = this.states;
        var wants = this.wants;
        var completed = this.completed;

        for (var w = 0; w < states.length; w++) { // nb. we push() during iteration
            var state = states[w];

            if (state.isComplete) {
                state.finish();
                if (state.data !== Parser.fail) {
                    // complete
                    var wantedBy = state.wantedBy;
                    for (var i = wantedBy.length; i--; ) { // this line is hot
                        var left = wantedBy[i];
                        this.complete(left, state);
                    }

                    // special-case nullables
                    if (state.reference === this.index) {
                        // make sure future predictors of this rule get completed.
                        var exp = state.rule.name;
                        (this.completed[exp] = this.completed[exp] || []).push(state);
                    }
                }

            } else {
                // queue scannable states
                var exp = state.rule.symbols[state.dot];
                if (typeof exp !== 'string') {
                    this.scannable.push(state);
                    continue;
                }

                // predict
                if (wants[exp]) {
                    wants[exp].push(state);

                    if (completed.hasOwnProperty(exp)) {
                        var nulls = completed[exp];
                        for (var i = 0; i < nulls.length; i++) {
                            var right = nulls[i];
                            this.complete(state, right);
                        }
                    }
                } else {
                    wants[exp] = [state];
                    this.predict(exp);
                }
            }
        }
    }

    Column.prototype.predict = function(exp) {
        var rules = this.grammar.byName[exp] || [];

        for (var i = 0; i < rules.length; i++) {
            var r = rules[i];
            var wantedBy = this.wants[exp];
            var s = new State(r, 0, this.index, wantedBy);
            this.states.push(s);
        }
    }

    Column.prototype.complete = function(left, right) {
        var copy = left.nextState(right);
        this.states.push(copy);
    }


    function Grammar(rules, start) {
        this.rules = rules;
        this.start = start || this.rules[0].name;
        var byName = this.byName = {};
        this.rules.forEach(function(rule) {
            if (!byName.hasOwnProperty(rule.name)) {
                byName[rule.name] = [];
            }
            byName[rule.name].push(rule);
        });
    }

    // So we can allow passing (rules, start) directly to Parser for backwards compatibility
    Grammar.fromCompiled = function(rules, start) {
        var lexer = rules.Lexer;
        if (rules.ParserStart) {
          start = rules.ParserStart;
          rules = rules.ParserRules;
        }
        var rules = rules.map(function (r) { return (new Rule(r.name, r.symbols, r.postprocess)); });
        var g = new Grammar(rules, start);
        g.lexer = lexer; // nb. storing lexer on Grammar is iffy, but unavoidable
        return g;
    }


    function StreamLexer() {
      this.reset("");
    }

    StreamLexer.prototype.reset = function(data, state) {
        this.buffer = data;
        this.index = 0;
        this.line = state ? state.line : 1;
        this.lastLineBreak = state ? -state.col : 0;
    }

    StreamLexer.prototype.next = function() {
        if (this.index < this.buffer.length) {
            var ch = this.buffer[this.index++];
            if (ch === '\n') {
              this.line += 1;
              this.lastLineBreak = this.index;
            }
            return {value: ch};
        }
    }

    StreamLexer.prototype.save = function() {
      return {
        line: this.line,
        col: this.index - this.lastLineBreak,
      }
    }

    StreamLexer.prototype.formatError = function(token, message) {
        // nb. this gets called after consuming the offending token,
        // so the culprit is index-1
        var buffer = this.buffer;
        if (typeof buffer === 'string') {
            var lines = buffer
                .split("\n")
                .slice(
                    Math.max(0, this.line - 5), 
                    this.line
                );

            var nextLineBreak = buffer.indexOf('\n', this.index);
            if (nextLineBreak === -1) nextLineBreak = buffer.length;
            var col = this.index - this.lastLineBreak;
            var lastLineDigits = String(this.line).length;
            message += " at line " + this.line + " col " + col + ":\n\n";
            message += lines
                .map(function(line, i) {
                    return pad(this.line - lines.length + i + 1, lastLineDigits) + " " + line;
                }, this)
                .join("\n");
            message += "\n" + pad("", lastLineDigits + col) + "^\n";
            return message;
        } else {
            return message + " at index " + (this.index - 1);
        }

        function pad(n, length) {
            var s = String(n);
            return Array(length - s.length + 1).join(" ") + s;
        }
    }

    function Parser(rules, start, options) {
        if (rules instanceof Grammar) {
            var grammar = rules;
            var options = start;
        } else {
            var grammar = Grammar.fromCompiled(rules, start);
        }
        this.grammar = grammar;

        // Read options
        this.options = {
            keepHistory: false,
            lexer: grammar.lexer || new StreamLexer,
        };
        for (var key in (options || {})) {
            this.options[key] = options[key];
        }

        // Setup lexer
        this.lexer = this.options.lexer;
        this.lexerState = undefined;

        // Setup a table
        var column = new Column(grammar, 0);
        var table = this.table = [column];

        // I could be expecting anything.
        column.wants[grammar.start] = [];
        column.predict(grammar.start);
        // TODO what if start rule is nullable?
        column.process();
        this.current = 0; // token index
    }

    // create a reserved token for indicating a parse fail
    Parser.fail = {};

    Parser.prototype.feed = function(chunk) {
        var lexer = this.lexer;
        lexer.reset(chunk, this.lexerState);

        var token;
        while (true) {
            try {
                token = lexer.next();
                if (!token) {
                    break;
                }
            } catch (e) {
                // Create the next column so that the error reporter
                // can display the correctly predicted states.
                var nextColumn = new Column(this.grammar, this.current + 1);
                this.table.push(nextColumn);
                var err = new Error(this.reportLexerError(e));
                err.offset = this.current;
                err.token = e.token;
                throw err;
            }
            // We add new states to table[current+1]
            var column = this.table[this.current];

            // GC unused states
            if (!this.options.keepHistory) {
                delete this.table[this.current - 1];
            }

            var n = this.current + 1;
            var nextColumn = new Column(this.grammar, n);
            this.table.push(nextColumn);

            // Advance all tokens that expect the symbol
            var literal = token.text !== undefined ? token.text : token.value;
            var value = lexer.constructor === StreamLexer ? token.value : token;
            var scannable = column.scannable;
            for (var w = scannable.length; w--; ) {
                var state = scannable[w];
                var expect = state.rule.symbols[state.dot];
                // Try to consume the token
                // either regex or literal
                if (expect.test ? expect.test(value) :
                    expect.type ? expect.type === token.type
                                : expect.literal === literal) {
                    // Add it
                    var next = state.nextState({data: value, token: token, isToken: true, reference: n - 1});
                    nextColumn.states.push(next);
                }
            }

            // Next, for each of the rules, we either
            // (a) complete it, and try to see if the reference row expected that
            //     rule
            // (b) predict the next nonterminal it expects by adding that
            //     nonterminal's start state
            // To prevent duplication, we also keep track of rules we have already
            // added

            nextColumn.process();

            // If needed, throw an error:
            if (nextColumn.states.length === 0) {
                // No states at all! This is not good.
                var err = new Error(this.reportError(token));
                err.offset = this.current;
                err.token = token;
                throw err;
            }

            // maybe save lexer state
            if (this.options.keepHistory) {
              column.lexerState = lexer.save()
            }

            this.current++;
        }
        if (column) {
          this.lexerState = lexer.save()
        }

        // Incrementally keep track of results
        this.results = this.finish();

        // Allow chaining, for whatever it's worth
        return this;
    };

    Parser.prototype.reportLexerError = function(lexerError) {
        var tokenDisplay, lexerMessage;
        // Planning to add a token property to moo's thrown error
        // even on erroring tokens to be used in error display below
        var token = lexerError.token;
        if (token) {
            tokenDisplay = "input " + JSON.stringify(token.text[0]) + " (lexer error)";
            lexerMessage = this.lexer.formatError(token, "Syntax error");
        } else {
            tokenDisplay = "input (lexer error)";
            lexerMessage = lexerError.message;
        }
        return this.reportErrorCommon(lexerMessage, tokenDisplay);
    };

    Parser.prototype.reportError = function(token) {
        var tokenDisplay = (token.type ? token.type + " token: " : "") + JSON.stringify(token.value !== undefined ? token.value : token);
        var lexerMessage = this.lexer.formatError(token, "Syntax error");
        return this.reportErrorCommon(lexerMessage, tokenDisplay);
    };

    Parser.prototype.reportErrorCommon = function(lexerMessage, tokenDisplay) {
        var lines = [];
        lines.push(lexerMessage);
        var lastColumnIndex = this.table.length - 2;
        var lastColumn = this.table[lastColumnIndex];
        var expectantStates = lastColumn.states
            .filter(function(state) {
                var nextSymbol = state.rule.symbols[state.dot];
                return nextSymbol && typeof nextSymbol !== "string";
            });

        if (expectantStates.length === 0) {
            lines.push('Unexpected ' + tokenDisplay + '. I did not expect any more input. Here is the state of my parse table:\n');
            this.displayStateStack(lastColumn.states, lines);
        } else {
            lines.push('Unexpected ' + tokenDisplay + '. Instead, I was expecting to see one of the following:\n');
            // Display a "state stack" for each expectant state
            // - which shows you how this state came to be, step by step.
            // If there is more than one derivation, we only display the first one.
            var stateStacks = expectantStates
                .map(function(state) {
                    return this.buildFirstStateStack(state, []) || [state];
                }, this);
            // Display each state that is expecting a terminal symbol next.
            stateStacks.forEach(function(stateStack) {
                var state = stateStack[0];
                var nextSymbol = state.rule.symbols[state.dot];
                var symbolDisplay = this.getSymbolDisplay(nextSymbol);
                lines.push('A ' + symbolDisplay + ' based on:');
                this.displayStateStack(stateStack, lines);
            }, this);
        }
        lines.push("");
        return lines.join("\n");
    }
    
    Parser.prototype.displayStateStack = function(stateStack, lines) {
        var lastDisplay;
        var sameDisplayCount = 0;
        for (var j = 0; j < stateStack.length; j++) {
            var state = stateStack[j];
            var display = state.rule.toString(state.dot);
            if (display === lastDisplay) {
                sameDisplayCount++;
            } else {
                if (sameDisplayCount > 0) {
                    lines.push('    ^ ' + sameDisplayCount + ' more lines identical to this');
                }
                sameDisplayCount = 0;
                lines.push('    ' + display);
            }
            lastDisplay = display;
        }
    };

    Parser.prototype.getSymbolDisplay = function(symbol) {
        return getSymbolLongDisplay(symbol);
    };

    /*
    Builds a the first state stack. You can think of a state stack as the call stack
    of the recursive-descent parser which the Nearley parse algorithm simulates.
    A state stack is represented as an array of state objects. Within a
    state stack, the first item of the array will be the starting
    state, with each successive item in the array going further back into history.

    This function needs to be given a starting state and an empty array representing
    the visited states, and it returns an single state stack.

    */
    Parser.prototype.buildFirstStateStack = function(state, visited) {
        if (visited.indexOf(state) !== -1) {
            // Found cycle, return null
            // to eliminate this path from the results, because
            // we don't know how to display it meaningfully
            return null;
        }
        if (state.wantedBy.length === 0) {
            return [state];
        }
        var prevState = state.wantedBy[0];
        var childVisited = [state].concat(visited);
        var childResult = this.buildFirstStateStack(prevState, childVisited);
        if (childResult === null) {
            return null;
        }
        return [state].concat(childResult);
    };

    Parser.prototype.save = function() {
        var column = this.table[this.current];
        column.lexerState = this.lexerState;
        return column;
    };

    Parser.prototype.restore = function(column) {
        var index = column.index;
        this.current = index;
        this.table[index] = column;
        this.table.splice(index + 1);
        this.lexerState = column.lexerState;

        // Incrementally keep track of results
        this.results = this.finish();
    };

    // nb. deprecated: use save/restore instead!
    Parser.prototype.rewind = function(index) {
        if (!this.options.keepHistory) {
            throw new Error('set option `keepHistory` to enable rewinding')
        }
        // nb. recall column (table) indicies fall between token indicies.
        //        col 0   --   token 0   --   col 1
        this.restore(this.table[index]);
    };

    Parser.prototype.finish = function() {
        // Return the possible parsings
        var considerations = [];
        var start = this.grammar.start;
        var column = this.table[this.table.length - 1]
        column.states.forEach(function (t) {
            if (t.rule.name === start
                    && t.dot === t.rule.symbols.length
                    && t.reference === 0
                    && t.data !== Parser.fail) {
                considerations.push(t);
            }
        });
        return considerations.map(function(c) {return c.data; });
    };

    function getSymbolLongDisplay(symbol) {
        var type = typeof symbol;
        if (type === "string") {
            return symbol;
        } else if (type === "object") {
            if (symbol.literal) {
                return JSON.stringify(symbol.literal);
            } else if (symbol instanceof RegExp) {
                return 'character matching ' + symbol;
            } else if (symbol.type) {
                return symbol.type + ' token';
            } else if (symbol.test) {
                return 'token matching ' + String(symbol.test);
            } else {
                throw new Error('Unknown symbol type: ' + symbol);
            }
        }
    }

    function getSymbolShortDisplay(symbol) {
        var type = typeof symbol;
        if (type === "string") {
            return symbol;
        } else if (type === "object") {
            if (symbol.literal) {
                return JSON.stringify(symbol.literal);
            } else if (symbol instanceof RegExp) {
                return symbol.toString();
            } else if (symbol.type) {
                return '%' + symbol.type;
            } else if (symbol.test) {
                return '<' + String(symbol.test) + '>';
            } else {
                throw new Error('Unknown symbol type: ' + symbol);
            }
        }
    }

    return {
        Parser: Parser,
        Grammar: Grammar,
        Rule: Rule,
    };

}));


/***/ }),

/***/ 8088:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var extend = __webpack_require__(3860);

var data = {
  permanent: __webpack_require__(7364),
  provosional: __webpack_require__(852),
  historical: __webpack_require__(2798)
};

var allByName = {};

Object.keys(data).forEach(function (type) {
  data[type].forEach(function (schemeObj) {
    allByName[schemeObj.scheme] = extend(schemeObj, { type: type });
  });
});

data.unofficial = (__webpack_require__(3446).filter)(function (item) {
  return !allByName[item.scheme];
});

data.unofficial.forEach(function (schemeObj) {
  allByName[schemeObj.scheme] = extend(schemeObj, { type: 'unofficial' });
});


module.exports = extend(data, { allByName: allByName });


/***/ }),

/***/ 2305:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// Generated automatically by nearley, version 2.20.1
// http://github.com/Hardmath123/nearley
// Bypasses TS6133. Allow declared but unused functions.
// @ts-ignore
function id(d) { return d[0]; }
const deepFlatten = (arr) => [].concat(...arr.map((v) => (Array.isArray(v) ? deepFlatten(v) : v)));
function flat_string(d) {
    if (d) {
        if (Array.isArray(d))
            return deepFlatten(d).join("");
        return d;
    }
    return "";
}
;
;
;
;
const grammar = {
    Lexer: undefined,
    ParserRules: [
        { "name": "Reverse_path", "symbols": ["Path"] },
        { "name": "Reverse_path$string$1", "symbols": [{ "literal": "<" }, { "literal": ">" }], "postprocess": (d) => d.join('') },
        { "name": "Reverse_path", "symbols": ["Reverse_path$string$1"] },
        { "name": "Forward_path$subexpression$1$subexpression$1", "symbols": [{ "literal": "<" }, /[pP]/, /[oO]/, /[sS]/, /[tT]/, /[mM]/, /[aA]/, /[sS]/, /[tT]/, /[eE]/, /[rR]/, { "literal": "@" }], "postprocess": function (d) { return d.join(""); } },
        { "name": "Forward_path$subexpression$1", "symbols": ["Forward_path$subexpression$1$subexpression$1", "Domain", { "literal": ">" }] },
        { "name": "Forward_path", "symbols": ["Forward_path$subexpression$1"] },
        { "name": "Forward_path$subexpression$2", "symbols": [{ "literal": "<" }, /[pP]/, /[oO]/, /[sS]/, /[tT]/, /[mM]/, /[aA]/, /[sS]/, /[tT]/, /[eE]/, /[rR]/, { "literal": ">" }], "postprocess": function (d) { return d.join(""); } },
        { "name": "Forward_path", "symbols": ["Forward_path$subexpression$2"] },
        { "name": "Forward_path", "symbols": ["Path"] },
        { "name": "Path$ebnf$1$subexpression$1", "symbols": ["A_d_l", { "literal": ":" }] },
        { "name": "Path$ebnf$1", "symbols": ["Path$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "Path$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "Path", "symbols": [{ "literal": "<" }, "Path$ebnf$1", "Mailbox", { "literal": ">" }] },
        { "name": "A_d_l$ebnf$1", "symbols": [] },
        { "name": "A_d_l$ebnf$1$subexpression$1", "symbols": [{ "literal": "," }, "At_domain"] },
        { "name": "A_d_l$ebnf$1", "symbols": ["A_d_l$ebnf$1", "A_d_l$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "A_d_l", "symbols": ["At_domain", "A_d_l$ebnf$1"] },
        { "name": "At_domain", "symbols": [{ "literal": "@" }, "Domain"] },
        { "name": "Domain$ebnf$1", "symbols": [] },
        { "name": "Domain$ebnf$1$subexpression$1", "symbols": [{ "literal": "." }, "sub_domain"] },
        { "name": "Domain$ebnf$1", "symbols": ["Domain$ebnf$1", "Domain$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Domain", "symbols": ["sub_domain", "Domain$ebnf$1"] },
        { "name": "sub_domain", "symbols": ["U_label"] },
        { "name": "Let_dig", "symbols": ["ALPHA_DIGIT"], "postprocess": id },
        { "name": "Ldh_str$ebnf$1", "symbols": [] },
        { "name": "Ldh_str$ebnf$1", "symbols": ["Ldh_str$ebnf$1", "ALPHA_DIG_DASH"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Ldh_str", "symbols": ["Ldh_str$ebnf$1", "Let_dig"] },
        { "name": "U_Let_dig", "symbols": ["ALPHA_DIGIT_U"], "postprocess": id },
        { "name": "U_Ldh_str$ebnf$1", "symbols": [] },
        { "name": "U_Ldh_str$ebnf$1", "symbols": ["U_Ldh_str$ebnf$1", "ALPHA_DIG_DASH_U"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "U_Ldh_str", "symbols": ["U_Ldh_str$ebnf$1", "U_Let_dig"] },
        { "name": "U_label$ebnf$1", "symbols": ["U_Ldh_str"], "postprocess": id },
        { "name": "U_label$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "U_label", "symbols": ["U_Let_dig", "U_label$ebnf$1"] },
        { "name": "address_literal$subexpression$1", "symbols": ["IPv4_address_literal"] },
        { "name": "address_literal$subexpression$1", "symbols": ["IPv6_address_literal"] },
        { "name": "address_literal", "symbols": [{ "literal": "[" }, "address_literal$subexpression$1", { "literal": "]" }] },
        { "name": "non_local_part", "symbols": ["Domain"], "postprocess": function (d) {
                return { DomainName: flat_string(d[0]) };
            }
        },
        { "name": "non_local_part", "symbols": ["address_literal"], "postprocess": function (d) {
                return { AddressLiteral: flat_string(d[0]) };
            }
        },
        { "name": "Mailbox", "symbols": ["Local_part", { "literal": "@" }, "non_local_part"], "postprocess": function (d) {
                return { localPart: flat_string(d[0]), domainPart: flat_string(d[2]) };
            }
        },
        { "name": "Local_part", "symbols": ["Dot_string"], "postprocess": function (d) {
                return { DotString: flat_string(d[0]) };
            }
        },
        { "name": "Local_part", "symbols": ["Quoted_string"], "postprocess": function (d) {
                return { QuotedString: flat_string(d[0]) };
            }
        },
        { "name": "Dot_string$ebnf$1", "symbols": [] },
        { "name": "Dot_string$ebnf$1$subexpression$1", "symbols": [{ "literal": "." }, "Atom"] },
        { "name": "Dot_string$ebnf$1", "symbols": ["Dot_string$ebnf$1", "Dot_string$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Dot_string", "symbols": ["Atom", "Dot_string$ebnf$1"] },
        { "name": "Atom$ebnf$1", "symbols": [/[0-9A-Za-z!#$%&'*+\-/=?^_`{|}~\u0080-\uFFFF/]/] },
        { "name": "Atom$ebnf$1", "symbols": ["Atom$ebnf$1", /[0-9A-Za-z!#$%&'*+\-/=?^_`{|}~\u0080-\uFFFF/]/], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Atom", "symbols": ["Atom$ebnf$1"] },
        { "name": "Quoted_string$ebnf$1", "symbols": [] },
        { "name": "Quoted_string$ebnf$1", "symbols": ["Quoted_string$ebnf$1", "QcontentSMTP"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Quoted_string", "symbols": ["DQUOTE", "Quoted_string$ebnf$1", "DQUOTE"] },
        { "name": "QcontentSMTP", "symbols": ["qtextSMTP"] },
        { "name": "QcontentSMTP", "symbols": ["quoted_pairSMTP"] },
        { "name": "quoted_pairSMTP", "symbols": [{ "literal": "\\" }, /[\x20-\x7e]/] },
        { "name": "qtextSMTP", "symbols": [/[\x20-\x21\x23-\x5b\x5d-\x7e\u0080-\uFFFF]/], "postprocess": id },
        { "name": "IPv4_address_literal$macrocall$2", "symbols": [{ "literal": "." }, "Snum"] },
        { "name": "IPv4_address_literal$macrocall$1", "symbols": ["IPv4_address_literal$macrocall$2", "IPv4_address_literal$macrocall$2", "IPv4_address_literal$macrocall$2"] },
        { "name": "IPv4_address_literal", "symbols": ["Snum", "IPv4_address_literal$macrocall$1"] },
        { "name": "IPv6_address_literal$subexpression$1", "symbols": [/[iI]/, /[pP]/, /[vV]/, { "literal": "6" }, { "literal": ":" }], "postprocess": function (d) { return d.join(""); } },
        { "name": "IPv6_address_literal", "symbols": ["IPv6_address_literal$subexpression$1", "IPv6_addr"] },
        { "name": "General_address_literal$ebnf$1", "symbols": ["dcontent"] },
        { "name": "General_address_literal$ebnf$1", "symbols": ["General_address_literal$ebnf$1", "dcontent"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "General_address_literal", "symbols": ["Standardized_tag", { "literal": ":" }, "General_address_literal$ebnf$1"] },
        { "name": "Standardized_tag", "symbols": ["Ldh_str"] },
        { "name": "dcontent", "symbols": [/[\x21-\x5a\x5e-\x7e]/], "postprocess": id },
        { "name": "Snum", "symbols": ["DIGIT"] },
        { "name": "Snum$subexpression$1", "symbols": [/[1-9]/, "DIGIT"] },
        { "name": "Snum", "symbols": ["Snum$subexpression$1"] },
        { "name": "Snum$subexpression$2", "symbols": [{ "literal": "1" }, "DIGIT", "DIGIT"] },
        { "name": "Snum", "symbols": ["Snum$subexpression$2"] },
        { "name": "Snum$subexpression$3", "symbols": [{ "literal": "2" }, /[0-4]/, "DIGIT"] },
        { "name": "Snum", "symbols": ["Snum$subexpression$3"] },
        { "name": "Snum$subexpression$4", "symbols": [{ "literal": "2" }, { "literal": "5" }, /[0-5]/] },
        { "name": "Snum", "symbols": ["Snum$subexpression$4"] },
        { "name": "IPv6_addr$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$macrocall$1", "symbols": ["IPv6_addr$macrocall$2", "IPv6_addr$macrocall$2", "IPv6_addr$macrocall$2", "IPv6_addr$macrocall$2", "IPv6_addr$macrocall$2", "IPv6_addr$macrocall$2"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$macrocall$1", "ls32"] },
        { "name": "IPv6_addr$string$1", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join('') },
        { "name": "IPv6_addr$macrocall$4", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$macrocall$3", "symbols": ["IPv6_addr$macrocall$4", "IPv6_addr$macrocall$4", "IPv6_addr$macrocall$4", "IPv6_addr$macrocall$4", "IPv6_addr$macrocall$4"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$string$1", "IPv6_addr$macrocall$3", "ls32"] },
        { "name": "IPv6_addr$ebnf$1$subexpression$1", "symbols": ["h16"] },
        { "name": "IPv6_addr$ebnf$1", "symbols": ["IPv6_addr$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$2", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join('') },
        { "name": "IPv6_addr$macrocall$6", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$macrocall$5", "symbols": ["IPv6_addr$macrocall$6", "IPv6_addr$macrocall$6", "IPv6_addr$macrocall$6", "IPv6_addr$macrocall$6"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$1", "IPv6_addr$string$2", "IPv6_addr$macrocall$5", "ls32"] },
        { "name": "IPv6_addr$ebnf$2$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$2$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$2$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$2$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$2$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$2$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$2$subexpression$1", "symbols": ["IPv6_addr$ebnf$2$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$2", "symbols": ["IPv6_addr$ebnf$2$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$2", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$3", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join('') },
        { "name": "IPv6_addr$macrocall$8", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$macrocall$7", "symbols": ["IPv6_addr$macrocall$8", "IPv6_addr$macrocall$8", "IPv6_addr$macrocall$8"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$2", "IPv6_addr$string$3", "IPv6_addr$macrocall$7", "ls32"] },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$3$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$3$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$3$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$3$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$3$subexpression$1", "symbols": ["IPv6_addr$ebnf$3$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$3", "symbols": ["IPv6_addr$ebnf$3$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$3", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$4", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join('') },
        { "name": "IPv6_addr$macrocall$10", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$macrocall$9", "symbols": ["IPv6_addr$macrocall$10", "IPv6_addr$macrocall$10"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$3", "IPv6_addr$string$4", "IPv6_addr$macrocall$9", "ls32"] },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$4$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$4$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$4$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$4$subexpression$1", "symbols": ["IPv6_addr$ebnf$4$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$4", "symbols": ["IPv6_addr$ebnf$4$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$4", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$5", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join('') },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$4", "IPv6_addr$string$5", "h16", { "literal": ":" }, "ls32"] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$5$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$5$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$5$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$5$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$5$subexpression$1", "symbols": ["IPv6_addr$ebnf$5$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$5", "symbols": ["IPv6_addr$ebnf$5$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$5", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$6", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join('') },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$5", "IPv6_addr$string$6", "ls32"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$6$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$6$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$6$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$6$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$6$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$6$subexpression$1", "symbols": ["IPv6_addr$ebnf$6$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$6", "symbols": ["IPv6_addr$ebnf$6$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$6", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$7", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join('') },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$6", "IPv6_addr$string$7", "h16"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$2", "symbols": ["h16", { "literal": ":" }] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$2"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$7$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$7$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$7$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$7$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1$ebnf$1", "IPv6_addr$ebnf$7$subexpression$1$macrocall$2"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$ebnf$7$subexpression$1$macrocall$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1$ebnf$1"] },
        { "name": "IPv6_addr$ebnf$7$subexpression$1", "symbols": ["IPv6_addr$ebnf$7$subexpression$1$macrocall$1", "h16"] },
        { "name": "IPv6_addr$ebnf$7", "symbols": ["IPv6_addr$ebnf$7$subexpression$1"], "postprocess": id },
        { "name": "IPv6_addr$ebnf$7", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_addr$string$8", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join('') },
        { "name": "IPv6_addr", "symbols": ["IPv6_addr$ebnf$7", "IPv6_addr$string$8"] },
        { "name": "ls32$subexpression$1", "symbols": ["h16", { "literal": ":" }, "h16"] },
        { "name": "ls32", "symbols": ["ls32$subexpression$1"] },
        { "name": "ls32", "symbols": ["IPv4_address_literal"] },
        { "name": "h16$macrocall$2", "symbols": ["HEXDIG"] },
        { "name": "h16$macrocall$1", "symbols": ["h16$macrocall$2", "h16$macrocall$2", "h16$macrocall$2", "h16$macrocall$2"] },
        { "name": "h16", "symbols": ["h16$macrocall$1"] },
        { "name": "h16$macrocall$4", "symbols": ["HEXDIG"] },
        { "name": "h16$macrocall$3", "symbols": ["h16$macrocall$4", "h16$macrocall$4", "h16$macrocall$4"] },
        { "name": "h16", "symbols": ["h16$macrocall$3"] },
        { "name": "h16$macrocall$6", "symbols": ["HEXDIG"] },
        { "name": "h16$macrocall$5", "symbols": ["h16$macrocall$6", "h16$macrocall$6"] },
        { "name": "h16", "symbols": ["h16$macrocall$5"] },
        { "name": "h16", "symbols": ["HEXDIG"] },
        { "name": "DIGIT", "symbols": [/[0-9]/], "postprocess": id },
        { "name": "ALPHA_DIGIT_U", "symbols": [/[0-9A-Za-z\u0080-\uFFFF]/], "postprocess": id },
        { "name": "ALPHA_DIGIT", "symbols": [/[0-9A-Za-z]/], "postprocess": id },
        { "name": "ALPHA_DIG_DASH", "symbols": [/[-0-9A-Za-z]/], "postprocess": id },
        { "name": "ALPHA_DIG_DASH_U", "symbols": [/[-0-9A-Za-z\u0080-\uFFFF]/], "postprocess": id },
        { "name": "HEXDIG", "symbols": [/[0-9A-Fa-f]/], "postprocess": id },
        { "name": "DQUOTE", "symbols": [{ "literal": "\"" }], "postprocess": id }
    ],
    ParserStart: "Reverse_path",
};
exports["default"] = grammar;
//# sourceMappingURL=grammar.js.map

/***/ }),

/***/ 4456:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canonicalize = exports.canonicalize_quoted_string = exports.normalize = exports.normalize_dot_string = exports.parse = void 0;
// const punycode = require('punycode');
const nearley = __webpack_require__(1400);
const grammar_1 = __importDefault(__webpack_require__(2305));
grammar_1.default.ParserStart = "Mailbox";
const grammar = nearley.Grammar.fromCompiled(grammar_1.default);
// <https://tools.ietf.org/html/rfc5321#section-4.1.2>
function parse(address) {
    // An insane length, to protect the parsing code from huge input. SMTP line limit, minus command size.
    const insane_length = 1000 - "MAIL FROM:<>\r\n".length;
    if (address.length > insane_length) {
        throw new Error("address too long");
    }
    const parser = new nearley.Parser(grammar);
    parser.feed(address);
    if (parser.results.length !== 1) {
        throw new Error("address parsing failed: ambiguous grammar");
    }
    // Domain checks
    const at_idx = address.lastIndexOf('@'); // must be found, since parse was successful
    const domain = address.substring(at_idx + 1);
    if (domain[0] !== '[') { // Not an address literal
        if (domain.length > 253) {
            throw new Error("domain too long");
        }
        const labels = domain.split(".");
        if (labels.length < 2) {
            throw new Error("domain not fully qualified");
        }
        if (labels[labels.length - 1].length < 2) {
            throw new Error("top level domain label too short");
        }
        labels.sort(function (a, b) {
            return b.length - a.length;
        });
        if (labels[0].length > 63) {
            throw new Error("domain label too long");
        }
    }
    return parser.results[0];
}
exports.parse = parse;
/** Strip +something, strip '.'s, and map to lower case.
 */
function normalize_dot_string(dot_string) {
    const tagless = (function () {
        const plus_loc = dot_string.indexOf("+");
        if (plus_loc === -1) {
            return dot_string;
        }
        return dot_string.substr(0, plus_loc);
    })();
    const dotless = tagless.replace(/\./g, "");
    return dotless.toLowerCase();
}
exports.normalize_dot_string = normalize_dot_string;
/** The G style address normalization.
 */
function normalize(address) {
    var _a, _b;
    const a = parse(address);
    const domain = (_a = a.domainPart.AddressLiteral) !== null && _a !== void 0 ? _a : a.domainPart.DomainName.toLowerCase();
    const local = (_b = a.localPart.QuotedString) !== null && _b !== void 0 ? _b : normalize_dot_string(a.localPart.DotString);
    return `${local}@${domain}`;
}
exports.normalize = normalize;
function canonicalize_quoted_string(quoted_string) {
    const unquoted = quoted_string.substr(1).substr(0, quoted_string.length - 2);
    const unescaped = unquoted.replace(/(?:\\(.))/g, "$1");
    const reescaped = unescaped.replace(/(?:(["\\]))/g, "\\$1");
    return `"${reescaped}"`; // re-quote
}
exports.canonicalize_quoted_string = canonicalize_quoted_string;
/**
 * Apply a canonicalization consistent with standards to support
 * comparison as a string.
 */
function canonicalize(address) {
    var _a;
    const a = parse(address);
    const domain = (_a = a.domainPart.AddressLiteral) !== null && _a !== void 0 ? _a : a.domainPart.DomainName.toLowerCase();
    const local = a.localPart.QuotedString
        ? canonicalize_quoted_string(a.localPart.QuotedString)
        : a.localPart.DotString;
    return `${local}@${domain}`;
}
exports.canonicalize = canonicalize;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2084:
/***/ (function(__unused_webpack_module, exports) {

/** @license URI.js v4.4.1 (c) 2011 Gary Court. License: http://github.com/garycourt/uri-js */
(function (global, factory) {
	 true ? factory(exports) :
	0;
}(this, (function (exports) { 'use strict';

function merge() {
    for (var _len = arguments.length, sets = Array(_len), _key = 0; _key < _len; _key++) {
        sets[_key] = arguments[_key];
    }

    if (sets.length > 1) {
        sets[0] = sets[0].slice(0, -1);
        var xl = sets.length - 1;
        for (var x = 1; x < xl; ++x) {
            sets[x] = sets[x].slice(1, -1);
        }
        sets[xl] = sets[xl].slice(1);
        return sets.join('');
    } else {
        return sets[0];
    }
}
function subexp(str) {
    return "(?:" + str + ")";
}
function typeOf(o) {
    return o === undefined ? "undefined" : o === null ? "null" : Object.prototype.toString.call(o).split(" ").pop().split("]").shift().toLowerCase();
}
function toUpperCase(str) {
    return str.toUpperCase();
}
function toArray(obj) {
    return obj !== undefined && obj !== null ? obj instanceof Array ? obj : typeof obj.length !== "number" || obj.split || obj.setInterval || obj.call ? [obj] : Array.prototype.slice.call(obj) : [];
}
function assign(target, source) {
    var obj = target;
    if (source) {
        for (var key in source) {
            obj[key] = source[key];
        }
    }
    return obj;
}

function buildExps(isIRI) {
    var ALPHA$$ = "[A-Za-z]",
        CR$ = "[\\x0D]",
        DIGIT$$ = "[0-9]",
        DQUOTE$$ = "[\\x22]",
        HEXDIG$$ = merge(DIGIT$$, "[A-Fa-f]"),
        //case-insensitive
    LF$$ = "[\\x0A]",
        SP$$ = "[\\x20]",
        PCT_ENCODED$ = subexp(subexp("%[EFef]" + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$) + "|" + subexp("%[89A-Fa-f]" + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$) + "|" + subexp("%" + HEXDIG$$ + HEXDIG$$)),
        //expanded
    GEN_DELIMS$$ = "[\\:\\/\\?\\#\\[\\]\\@]",
        SUB_DELIMS$$ = "[\\!\\$\\&\\'\\(\\)\\*\\+\\,\\;\\=]",
        RESERVED$$ = merge(GEN_DELIMS$$, SUB_DELIMS$$),
        UCSCHAR$$ = isIRI ? "[\\xA0-\\u200D\\u2010-\\u2029\\u202F-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]" : "[]",
        //subset, excludes bidi control characters
    IPRIVATE$$ = isIRI ? "[\\uE000-\\uF8FF]" : "[]",
        //subset
    UNRESERVED$$ = merge(ALPHA$$, DIGIT$$, "[\\-\\.\\_\\~]", UCSCHAR$$),
        SCHEME$ = subexp(ALPHA$$ + merge(ALPHA$$, DIGIT$$, "[\\+\\-\\.]") + "*"),
        USERINFO$ = subexp(subexp(PCT_ENCODED$ + "|" + merge(UNRESERVED$$, SUB_DELIMS$$, "[\\:]")) + "*"),
        DEC_OCTET$ = subexp(subexp("25[0-5]") + "|" + subexp("2[0-4]" + DIGIT$$) + "|" + subexp("1" + DIGIT$$ + DIGIT$$) + "|" + subexp("[1-9]" + DIGIT$$) + "|" + DIGIT$$),
        DEC_OCTET_RELAXED$ = subexp(subexp("25[0-5]") + "|" + subexp("2[0-4]" + DIGIT$$) + "|" + subexp("1" + DIGIT$$ + DIGIT$$) + "|" + subexp("0?[1-9]" + DIGIT$$) + "|0?0?" + DIGIT$$),
        //relaxed parsing rules
    IPV4ADDRESS$ = subexp(DEC_OCTET_RELAXED$ + "\\." + DEC_OCTET_RELAXED$ + "\\." + DEC_OCTET_RELAXED$ + "\\." + DEC_OCTET_RELAXED$),
        H16$ = subexp(HEXDIG$$ + "{1,4}"),
        LS32$ = subexp(subexp(H16$ + "\\:" + H16$) + "|" + IPV4ADDRESS$),
        IPV6ADDRESS1$ = subexp(subexp(H16$ + "\\:") + "{6}" + LS32$),
        //                           6( h16 ":" ) ls32
    IPV6ADDRESS2$ = subexp("\\:\\:" + subexp(H16$ + "\\:") + "{5}" + LS32$),
        //                      "::" 5( h16 ":" ) ls32
    IPV6ADDRESS3$ = subexp(subexp(H16$) + "?\\:\\:" + subexp(H16$ + "\\:") + "{4}" + LS32$),
        //[               h16 ] "::" 4( h16 ":" ) ls32
    IPV6ADDRESS4$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,1}" + H16$) + "?\\:\\:" + subexp(H16$ + "\\:") + "{3}" + LS32$),
        //[ *1( h16 ":" ) h16 ] "::" 3( h16 ":" ) ls32
    IPV6ADDRESS5$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,2}" + H16$) + "?\\:\\:" + subexp(H16$ + "\\:") + "{2}" + LS32$),
        //[ *2( h16 ":" ) h16 ] "::" 2( h16 ":" ) ls32
    IPV6ADDRESS6$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,3}" + H16$) + "?\\:\\:" + H16$ + "\\:" + LS32$),
        //[ *3( h16 ":" ) h16 ] "::"    h16 ":"   ls32
    IPV6ADDRESS7$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,4}" + H16$) + "?\\:\\:" + LS32$),
        //[ *4( h16 ":" ) h16 ] "::"              ls32
    IPV6ADDRESS8$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,5}" + H16$) + "?\\:\\:" + H16$),
        //[ *5( h16 ":" ) h16 ] "::"              h16
    IPV6ADDRESS9$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,6}" + H16$) + "?\\:\\:"),
        //[ *6( h16 ":" ) h16 ] "::"
    IPV6ADDRESS$ = subexp([IPV6ADDRESS1$, IPV6ADDRESS2$, IPV6ADDRESS3$, IPV6ADDRESS4$, IPV6ADDRESS5$, IPV6ADDRESS6$, IPV6ADDRESS7$, IPV6ADDRESS8$, IPV6ADDRESS9$].join("|")),
        ZONEID$ = subexp(subexp(UNRESERVED$$ + "|" + PCT_ENCODED$) + "+"),
        //RFC 6874
    IPV6ADDRZ$ = subexp(IPV6ADDRESS$ + "\\%25" + ZONEID$),
        //RFC 6874
    IPV6ADDRZ_RELAXED$ = subexp(IPV6ADDRESS$ + subexp("\\%25|\\%(?!" + HEXDIG$$ + "{2})") + ZONEID$),
        //RFC 6874, with relaxed parsing rules
    IPVFUTURE$ = subexp("[vV]" + HEXDIG$$ + "+\\." + merge(UNRESERVED$$, SUB_DELIMS$$, "[\\:]") + "+"),
        IP_LITERAL$ = subexp("\\[" + subexp(IPV6ADDRZ_RELAXED$ + "|" + IPV6ADDRESS$ + "|" + IPVFUTURE$) + "\\]"),
        //RFC 6874
    REG_NAME$ = subexp(subexp(PCT_ENCODED$ + "|" + merge(UNRESERVED$$, SUB_DELIMS$$)) + "*"),
        HOST$ = subexp(IP_LITERAL$ + "|" + IPV4ADDRESS$ + "(?!" + REG_NAME$ + ")" + "|" + REG_NAME$),
        PORT$ = subexp(DIGIT$$ + "*"),
        AUTHORITY$ = subexp(subexp(USERINFO$ + "@") + "?" + HOST$ + subexp("\\:" + PORT$) + "?"),
        PCHAR$ = subexp(PCT_ENCODED$ + "|" + merge(UNRESERVED$$, SUB_DELIMS$$, "[\\:\\@]")),
        SEGMENT$ = subexp(PCHAR$ + "*"),
        SEGMENT_NZ$ = subexp(PCHAR$ + "+"),
        SEGMENT_NZ_NC$ = subexp(subexp(PCT_ENCODED$ + "|" + merge(UNRESERVED$$, SUB_DELIMS$$, "[\\@]")) + "+"),
        PATH_ABEMPTY$ = subexp(subexp("\\/" + SEGMENT$) + "*"),
        PATH_ABSOLUTE$ = subexp("\\/" + subexp(SEGMENT_NZ$ + PATH_ABEMPTY$) + "?"),
        //simplified
    PATH_NOSCHEME$ = subexp(SEGMENT_NZ_NC$ + PATH_ABEMPTY$),
        //simplified
    PATH_ROOTLESS$ = subexp(SEGMENT_NZ$ + PATH_ABEMPTY$),
        //simplified
    PATH_EMPTY$ = "(?!" + PCHAR$ + ")",
        PATH$ = subexp(PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_NOSCHEME$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$),
        QUERY$ = subexp(subexp(PCHAR$ + "|" + merge("[\\/\\?]", IPRIVATE$$)) + "*"),
        FRAGMENT$ = subexp(subexp(PCHAR$ + "|[\\/\\?]") + "*"),
        HIER_PART$ = subexp(subexp("\\/\\/" + AUTHORITY$ + PATH_ABEMPTY$) + "|" + PATH_ABSOLUTE$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$),
        URI$ = subexp(SCHEME$ + "\\:" + HIER_PART$ + subexp("\\?" + QUERY$) + "?" + subexp("\\#" + FRAGMENT$) + "?"),
        RELATIVE_PART$ = subexp(subexp("\\/\\/" + AUTHORITY$ + PATH_ABEMPTY$) + "|" + PATH_ABSOLUTE$ + "|" + PATH_NOSCHEME$ + "|" + PATH_EMPTY$),
        RELATIVE$ = subexp(RELATIVE_PART$ + subexp("\\?" + QUERY$) + "?" + subexp("\\#" + FRAGMENT$) + "?"),
        URI_REFERENCE$ = subexp(URI$ + "|" + RELATIVE$),
        ABSOLUTE_URI$ = subexp(SCHEME$ + "\\:" + HIER_PART$ + subexp("\\?" + QUERY$) + "?"),
        GENERIC_REF$ = "^(" + SCHEME$ + ")\\:" + subexp(subexp("\\/\\/(" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?)") + "?(" + PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$ + ")") + subexp("\\?(" + QUERY$ + ")") + "?" + subexp("\\#(" + FRAGMENT$ + ")") + "?$",
        RELATIVE_REF$ = "^(){0}" + subexp(subexp("\\/\\/(" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?)") + "?(" + PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_NOSCHEME$ + "|" + PATH_EMPTY$ + ")") + subexp("\\?(" + QUERY$ + ")") + "?" + subexp("\\#(" + FRAGMENT$ + ")") + "?$",
        ABSOLUTE_REF$ = "^(" + SCHEME$ + ")\\:" + subexp(subexp("\\/\\/(" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?)") + "?(" + PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$ + ")") + subexp("\\?(" + QUERY$ + ")") + "?$",
        SAMEDOC_REF$ = "^" + subexp("\\#(" + FRAGMENT$ + ")") + "?$",
        AUTHORITY_REF$ = "^" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?$";
    return {
        NOT_SCHEME: new RegExp(merge("[^]", ALPHA$$, DIGIT$$, "[\\+\\-\\.]"), "g"),
        NOT_USERINFO: new RegExp(merge("[^\\%\\:]", UNRESERVED$$, SUB_DELIMS$$), "g"),
        NOT_HOST: new RegExp(merge("[^\\%\\[\\]\\:]", UNRESERVED$$, SUB_DELIMS$$), "g"),
        NOT_PATH: new RegExp(merge("[^\\%\\/\\:\\@]", UNRESERVED$$, SUB_DELIMS$$), "g"),
        NOT_PATH_NOSCHEME: new RegExp(merge("[^\\%\\/\\@]", UNRESERVED$$, SUB_DELIMS$$), "g"),
        NOT_QUERY: new RegExp(merge("[^\\%]", UNRESERVED$$, SUB_DELIMS$$, "[\\:\\@\\/\\?]", IPRIVATE$$), "g"),
        NOT_FRAGMENT: new RegExp(merge("[^\\%]", UNRESERVED$$, SUB_DELIMS$$, "[\\:\\@\\/\\?]"), "g"),
        ESCAPE: new RegExp(merge("[^]", UNRESERVED$$, SUB_DELIMS$$), "g"),
        UNRESERVED: new RegExp(UNRESERVED$$, "g"),
        OTHER_CHARS: new RegExp(merge("[^\\%]", UNRESERVED$$, RESERVED$$), "g"),
        PCT_ENCODED: new RegExp(PCT_ENCODED$, "g"),
        IPV4ADDRESS: new RegExp("^(" + IPV4ADDRESS$ + ")$"),
        IPV6ADDRESS: new RegExp("^\\[?(" + IPV6ADDRESS$ + ")" + subexp(subexp("\\%25|\\%(?!" + HEXDIG$$ + "{2})") + "(" + ZONEID$ + ")") + "?\\]?$") //RFC 6874, with relaxed parsing rules
    };
}
var URI_PROTOCOL = buildExps(false);

var IRI_PROTOCOL = buildExps(true);

var slicedToArray = function () {
  function sliceIterator(arr, i) {
    var _arr = [];
    var _n = true;
    var _d = false;
    var _e = undefined;

    try {
      for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) {
        _arr.push(_s.value);

        if (i && _arr.length === i) break;
      }
    } catch (err) {
      _d = true;
      _e = err;
    } finally {
      try {
        if (!_n && _i["return"]) _i["return"]();
      } finally {
        if (_d) throw _e;
      }
    }

    return _arr;
  }

  return function (arr, i) {
    if (Array.isArray(arr)) {
      return arr;
    } else if (Symbol.iterator in Object(arr)) {
      return sliceIterator(arr, i);
    } else {
      throw new TypeError("Invalid attempt to destructure non-iterable instance");
    }
  };
}();













var toConsumableArray = function (arr) {
  if (Array.isArray(arr)) {
    for (var i = 0, arr2 = Array(arr.length); i < arr.length; i++) arr2[i] = arr[i];

    return arr2;
  } else {
    return Array.from(arr);
  }
};

/** Highest positive signed 32-bit float value */

var maxInt = 2147483647; // aka. 0x7FFFFFFF or 2^31-1

/** Bootstring parameters */
var base = 36;
var tMin = 1;
var tMax = 26;
var skew = 38;
var damp = 700;
var initialBias = 72;
var initialN = 128; // 0x80
var delimiter = '-'; // '\x2D'

/** Regular expressions */
var regexPunycode = /^xn--/;
var regexNonASCII = /[^\0-\x7E]/; // non-ASCII chars
var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g; // RFC 3490 separators

/** Error messages */
var errors = {
	'overflow': 'Overflow: input needs wider integers to process',
	'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
	'invalid-input': 'Invalid input'
};

/** Convenience shortcuts */
var baseMinusTMin = base - tMin;
var floor = Math.floor;
var stringFromCharCode = String.fromCharCode;

/*--------------------------------------------------------------------------*/

/**
 * A generic error utility function.
 * @private
 * @param {String} type The error type.
 * @returns {Error} Throws a `RangeError` with the applicable error message.
 */
function error$1(type) {
	throw new RangeError(errors[type]);
}

/**
 * A generic `Array#map` utility function.
 * @private
 * @param {Array} array The array to iterate over.
 * @param {Function} callback The function that gets called for every array
 * item.
 * @returns {Array} A new array of values returned by the callback function.
 */
function map(array, fn) {
	var result = [];
	var length = array.length;
	while (length--) {
		result[length] = fn(array[length]);
	}
	return result;
}

/**
 * A simple `Array#map`-like wrapper to work with domain name strings or email
 * addresses.
 * @private
 * @param {String} domain The domain name or email address.
 * @param {Function} callback The function that gets called for every
 * character.
 * @returns {Array} A new string of characters returned by the callback
 * function.
 */
function mapDomain(string, fn) {
	var parts = string.split('@');
	var result = '';
	if (parts.length > 1) {
		// In email addresses, only the domain name should be punycoded. Leave
		// the local part (i.e. everything up to `@`) intact.
		result = parts[0] + '@';
		string = parts[1];
	}
	// Avoid `split(regex)` for IE8 compatibility. See #17.
	string = string.replace(regexSeparators, '\x2E');
	var labels = string.split('.');
	var encoded = map(labels, fn).join('.');
	return result + encoded;
}

/**
 * Creates an array containing the numeric code points of each Unicode
 * character in the string. While JavaScript uses UCS-2 internally,
 * this function will convert a pair of surrogate halves (each of which
 * UCS-2 exposes as separate characters) into a single code point,
 * matching UTF-16.
 * @see `punycode.ucs2.encode`
 * @see <https://mathiasbynens.be/notes/javascript-encoding>
 * @memberOf punycode.ucs2
 * @name decode
 * @param {String} string The Unicode input string (UCS-2).
 * @returns {Array} The new array of code points.
 */
function ucs2decode(string) {
	var output = [];
	var counter = 0;
	var length = string.length;
	while (counter < length) {
		var value = string.charCodeAt(counter++);
		if (value >= 0xD800 && value <= 0xDBFF && counter < length) {
			// It's a high surrogate, and there is a next character.
			var extra = string.charCodeAt(counter++);
			if ((extra & 0xFC00) == 0xDC00) {
				// Low surrogate.
				output.push(((value & 0x3FF) << 10) + (extra & 0x3FF) + 0x10000);
			} else {
				// It's an unmatched surrogate; only append this code unit, in case the
				// next code unit is the high surrogate of a surrogate pair.
				output.push(value);
				counter--;
			}
		} else {
			output.push(value);
		}
	}
	return output;
}

/**
 * Creates a string based on an array of numeric code points.
 * @see `punycode.ucs2.decode`
 * @memberOf punycode.ucs2
 * @name encode
 * @param {Array} codePoints The array of numeric code points.
 * @returns {String} The new Unicode string (UCS-2).
 */
var ucs2encode = function ucs2encode(array) {
	return String.fromCodePoint.apply(String, toConsumableArray(array));
};

/**
 * Converts a basic code point into a digit/integer.
 * @see `digitToBasic()`
 * @private
 * @param {Number} codePoint The basic numeric code point value.
 * @returns {Number} The numeric value of a basic code point (for use in
 * representing integers) in the range `0` to `base - 1`, or `base` if
 * the code point does not represent a value.
 */
var basicToDigit = function basicToDigit(codePoint) {
	if (codePoint - 0x30 < 0x0A) {
		return codePoint - 0x16;
	}
	if (codePoint - 0x41 < 0x1A) {
		return codePoint - 0x41;
	}
	if (codePoint - 0x61 < 0x1A) {
		return codePoint - 0x61;
	}
	return base;
};

/**
 * Converts a digit/integer into a basic code point.
 * @see `basicToDigit()`
 * @private
 * @param {Number} digit The numeric value of a basic code point.
 * @returns {Number} The basic code point whose value (when used for
 * representing integers) is `digit`, which needs to be in the range
 * `0` to `base - 1`. If `flag` is non-zero, the uppercase form is
 * used; else, the lowercase form is used. The behavior is undefined
 * if `flag` is non-zero and `digit` has no uppercase form.
 */
var digitToBasic = function digitToBasic(digit, flag) {
	//  0..25 map to ASCII a..z or A..Z
	// 26..35 map to ASCII 0..9
	return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
};

/**
 * Bias adaptation function as per section 3.4 of RFC 3492.
 * https://tools.ietf.org/html/rfc3492#section-3.4
 * @private
 */
var adapt = function adapt(delta, numPoints, firstTime) {
	var k = 0;
	delta = firstTime ? floor(delta / damp) : delta >> 1;
	delta += floor(delta / numPoints);
	for (; /* no initialization */delta > baseMinusTMin * tMax >> 1; k += base) {
		delta = floor(delta / baseMinusTMin);
	}
	return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
};

/**
 * Converts a Punycode string of ASCII-only symbols to a string of Unicode
 * symbols.
 * @memberOf punycode
 * @param {String} input The Punycode string of ASCII-only symbols.
 * @returns {String} The resulting string of Unicode symbols.
 */
var decode = function decode(input) {
	// Don't use UCS-2.
	var output = [];
	var inputLength = input.length;
	var i = 0;
	var n = initialN;
	var bias = initialBias;

	// Handle the basic code points: let `basic` be the number of input code
	// points before the last delimiter, or `0` if there is none, then copy
	// the first basic code points to the output.

	var basic = input.lastIndexOf(delimiter);
	if (basic < 0) {
		basic = 0;
	}

	for (var j = 0; j < basic; ++j) {
		// if it's not a basic code point
		if (input.charCodeAt(j) >= 0x80) {
			error$1('not-basic');
		}
		output.push(input.charCodeAt(j));
	}

	// Main decoding loop: start just after the last delimiter if any basic code
	// points were copied; start at the beginning otherwise.

	for (var index = basic > 0 ? basic + 1 : 0; index < inputLength;) /* no final expression */{

		// `index` is the index of the next character to be consumed.
		// Decode a generalized variable-length integer into `delta`,
		// which gets added to `i`. The overflow checking is easier
		// if we increase `i` as we go, then subtract off its starting
		// value at the end to obtain `delta`.
		var oldi = i;
		for (var w = 1, k = base;; /* no condition */k += base) {

			if (index >= inputLength) {
				error$1('invalid-input');
			}

			var digit = basicToDigit(input.charCodeAt(index++));

			if (digit >= base || digit > floor((maxInt - i) / w)) {
				error$1('overflow');
			}

			i += digit * w;
			var t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;

			if (digit < t) {
				break;
			}

			var baseMinusT = base - t;
			if (w > floor(maxInt / baseMinusT)) {
				error$1('overflow');
			}

			w *= baseMinusT;
		}

		var out = output.length + 1;
		bias = adapt(i - oldi, out, oldi == 0);

		// `i` was supposed to wrap around from `out` to `0`,
		// incrementing `n` each time, so we'll fix that now:
		if (floor(i / out) > maxInt - n) {
			error$1('overflow');
		}

		n += floor(i / out);
		i %= out;

		// Insert `n` at position `i` of the output.
		output.splice(i++, 0, n);
	}

	return String.fromCodePoint.apply(String, output);
};

/**
 * Converts a string of Unicode symbols (e.g. a domain name label) to a
 * Punycode string of ASCII-only symbols.
 * @memberOf punycode
 * @param {String} input The string of Unicode symbols.
 * @returns {String} The resulting Punycode string of ASCII-only symbols.
 */
var encode = function encode(input) {
	var output = [];

	// Convert the input in UCS-2 to an array of Unicode code points.
	input = ucs2decode(input);

	// Cache the length.
	var inputLength = input.length;

	// Initialize the state.
	var n = initialN;
	var delta = 0;
	var bias = initialBias;

	// Handle the basic code points.
	var _iteratorNormalCompletion = true;
	var _didIteratorError = false;
	var _iteratorError = undefined;

	try {
		for (var _iterator = input[Symbol.iterator](), _step; !(_iteratorNormalCompletion = (_step = _iterator.next()).done); _iteratorNormalCompletion = true) {
			var _currentValue2 = _step.value;

			if (_currentValue2 < 0x80) {
				output.push(stringFromCharCode(_currentValue2));
			}
		}
	} catch (err) {
		_didIteratorError = true;
		_iteratorError = err;
	} finally {
		try {
			if (!_iteratorNormalCompletion && _iterator.return) {
				_iterator.return();
			}
		} finally {
			if (_didIteratorError) {
				throw _iteratorError;
			}
		}
	}

	var basicLength = output.length;
	var handledCPCount = basicLength;

	// `handledCPCount` is the number of code points that have been handled;
	// `basicLength` is the number of basic code points.

	// Finish the basic string with a delimiter unless it's empty.
	if (basicLength) {
		output.push(delimiter);
	}

	// Main encoding loop:
	while (handledCPCount < inputLength) {

		// All non-basic code points < n have been handled already. Find the next
		// larger one:
		var m = maxInt;
		var _iteratorNormalCompletion2 = true;
		var _didIteratorError2 = false;
		var _iteratorError2 = undefined;

		try {
			for (var _iterator2 = input[Symbol.iterator](), _step2; !(_iteratorNormalCompletion2 = (_step2 = _iterator2.next()).done); _iteratorNormalCompletion2 = true) {
				var currentValue = _step2.value;

				if (currentValue >= n && currentValue < m) {
					m = currentValue;
				}
			}

			// Increase `delta` enough to advance the decoder's <n,i> state to <m,0>,
			// but guard against overflow.
		} catch (err) {
			_didIteratorError2 = true;
			_iteratorError2 = err;
		} finally {
			try {
				if (!_iteratorNormalCompletion2 && _iterator2.return) {
					_iterator2.return();
				}
			} finally {
				if (_didIteratorError2) {
					throw _iteratorError2;
				}
			}
		}

		var handledCPCountPlusOne = handledCPCount + 1;
		if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
			error$1('overflow');
		}

		delta += (m - n) * handledCPCountPlusOne;
		n = m;

		var _iteratorNormalCompletion3 = true;
		var _didIteratorError3 = false;
		var _iteratorError3 = undefined;

		try {
			for (var _iterator3 = input[Symbol.iterator](), _step3; !(_iteratorNormalCompletion3 = (_step3 = _iterator3.next()).done); _iteratorNormalCompletion3 = true) {
				var _currentValue = _step3.value;

				if (_currentValue < n && ++delta > maxInt) {
					error$1('overflow');
				}
				if (_currentValue == n) {
					// Represent delta as a generalized variable-length integer.
					var q = delta;
					for (var k = base;; /* no condition */k += base) {
						var t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
						if (q < t) {
							break;
						}
						var qMinusT = q - t;
						var baseMinusT = base - t;
						output.push(stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0)));
						q = floor(qMinusT / baseMinusT);
					}

					output.push(stringFromCharCode(digitToBasic(q, 0)));
					bias = adapt(delta, handledCPCountPlusOne, handledCPCount == basicLength);
					delta = 0;
					++handledCPCount;
				}
			}
		} catch (err) {
			_didIteratorError3 = true;
			_iteratorError3 = err;
		} finally {
			try {
				if (!_iteratorNormalCompletion3 && _iterator3.return) {
					_iterator3.return();
				}
			} finally {
				if (_didIteratorError3) {
					throw _iteratorError3;
				}
			}
		}

		++delta;
		++n;
	}
	return output.join('');
};

/**
 * Converts a Punycode string representing a domain name or an email address
 * to Unicode. Only the Punycoded parts of the input will be converted, i.e.
 * it doesn't matter if you call it on a string that has already been
 * converted to Unicode.
 * @memberOf punycode
 * @param {String} input The Punycoded domain name or email address to
 * convert to Unicode.
 * @returns {String} The Unicode representation of the given Punycode
 * string.
 */
var toUnicode = function toUnicode(input) {
	return mapDomain(input, function (string) {
		return regexPunycode.test(string) ? decode(string.slice(4).toLowerCase()) : string;
	});
};

/**
 * Converts a Unicode string representing a domain name or an email address to
 * Punycode. Only the non-ASCII parts of the domain name will be converted,
 * i.e. it doesn't matter if you call it with a domain that's already in
 * ASCII.
 * @memberOf punycode
 * @param {String} input The domain name or email address to convert, as a
 * Unicode string.
 * @returns {String} The Punycode representation of the given domain name or
 * email address.
 */
var toASCII = function toASCII(input) {
	return mapDomain(input, function (string) {
		return regexNonASCII.test(string) ? 'xn--' + encode(string) : string;
	});
};

/*--------------------------------------------------------------------------*/

/** Define the public API */
var punycode = {
	/**
  * A string representing the current Punycode.js version number.
  * @memberOf punycode
  * @type String
  */
	'version': '2.1.0',
	/**
  * An object of methods to convert from JavaScript's internal character
  * representation (UCS-2) to Unicode code points, and back.
  * @see <https://mathiasbynens.be/notes/javascript-encoding>
  * @memberOf punycode
  * @type Object
  */
	'ucs2': {
		'decode': ucs2decode,
		'encode': ucs2encode
	},
	'decode': decode,
	'encode': encode,
	'toASCII': toASCII,
	'toUnicode': toUnicode
};

/**
 * URI.js
 *
 * @fileoverview An RFC 3986 compliant, scheme extendable URI parsing/validating/resolving library for JavaScript.
 * @author <a href="mailto:gary.court@gmail.com">Gary Court</a>
 * @see http://github.com/garycourt/uri-js
 */
/**
 * Copyright 2011 Gary Court. All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without modification, are
 * permitted provided that the following conditions are met:
 *
 *    1. Redistributions of source code must retain the above copyright notice, this list of
 *       conditions and the following disclaimer.
 *
 *    2. Redistributions in binary form must reproduce the above copyright notice, this list
 *       of conditions and the following disclaimer in the documentation and/or other materials
 *       provided with the distribution.
 *
 * THIS SOFTWARE IS PROVIDED BY GARY COURT ``AS IS'' AND ANY EXPRESS OR IMPLIED
 * WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND
 * FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL GARY COURT OR
 * CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON
 * ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
 * NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF
 * ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 *
 * The views and conclusions contained in the software and documentation are those of the
 * authors and should not be interpreted as representing official policies, either expressed
 * or implied, of Gary Court.
 */
var SCHEMES = {};
function pctEncChar(chr) {
    var c = chr.charCodeAt(0);
    var e = void 0;
    if (c < 16) e = "%0" + c.toString(16).toUpperCase();else if (c < 128) e = "%" + c.toString(16).toUpperCase();else if (c < 2048) e = "%" + (c >> 6 | 192).toString(16).toUpperCase() + "%" + (c & 63 | 128).toString(16).toUpperCase();else e = "%" + (c >> 12 | 224).toString(16).toUpperCase() + "%" + (c >> 6 & 63 | 128).toString(16).toUpperCase() + "%" + (c & 63 | 128).toString(16).toUpperCase();
    return e;
}
function pctDecChars(str) {
    var newStr = "";
    var i = 0;
    var il = str.length;
    while (i < il) {
        var c = parseInt(str.substr(i + 1, 2), 16);
        if (c < 128) {
            newStr += String.fromCharCode(c);
            i += 3;
        } else if (c >= 194 && c < 224) {
            if (il - i >= 6) {
                var c2 = parseInt(str.substr(i + 4, 2), 16);
                newStr += String.fromCharCode((c & 31) << 6 | c2 & 63);
            } else {
                newStr += str.substr(i, 6);
            }
            i += 6;
        } else if (c >= 224) {
            if (il - i >= 9) {
                var _c = parseInt(str.substr(i + 4, 2), 16);
                var c3 = parseInt(str.substr(i + 7, 2), 16);
                newStr += String.fromCharCode((c & 15) << 12 | (_c & 63) << 6 | c3 & 63);
            } else {
                newStr += str.substr(i, 9);
            }
            i += 9;
        } else {
            newStr += str.substr(i, 3);
            i += 3;
        }
    }
    return newStr;
}
function _normalizeComponentEncoding(components, protocol) {
    function decodeUnreserved(str) {
        var decStr = pctDecChars(str);
        return !decStr.match(protocol.UNRESERVED) ? str : decStr;
    }
    if (components.scheme) components.scheme = String(components.scheme).replace(protocol.PCT_ENCODED, decodeUnreserved).toLowerCase().replace(protocol.NOT_SCHEME, "");
    if (components.userinfo !== undefined) components.userinfo = String(components.userinfo).replace(protocol.PCT_ENCODED, decodeUnreserved).replace(protocol.NOT_USERINFO, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
    if (components.host !== undefined) components.host = String(components.host).replace(protocol.PCT_ENCODED, decodeUnreserved).toLowerCase().replace(protocol.NOT_HOST, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
    if (components.path !== undefined) components.path = String(components.path).replace(protocol.PCT_ENCODED, decodeUnreserved).replace(components.scheme ? protocol.NOT_PATH : protocol.NOT_PATH_NOSCHEME, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
    if (components.query !== undefined) components.query = String(components.query).replace(protocol.PCT_ENCODED, decodeUnreserved).replace(protocol.NOT_QUERY, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
    if (components.fragment !== undefined) components.fragment = String(components.fragment).replace(protocol.PCT_ENCODED, decodeUnreserved).replace(protocol.NOT_FRAGMENT, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
    return components;
}

function _stripLeadingZeros(str) {
    return str.replace(/^0*(.*)/, "$1") || "0";
}
function _normalizeIPv4(host, protocol) {
    var matches = host.match(protocol.IPV4ADDRESS) || [];

    var _matches = slicedToArray(matches, 2),
        address = _matches[1];

    if (address) {
        return address.split(".").map(_stripLeadingZeros).join(".");
    } else {
        return host;
    }
}
function _normalizeIPv6(host, protocol) {
    var matches = host.match(protocol.IPV6ADDRESS) || [];

    var _matches2 = slicedToArray(matches, 3),
        address = _matches2[1],
        zone = _matches2[2];

    if (address) {
        var _address$toLowerCase$ = address.toLowerCase().split('::').reverse(),
            _address$toLowerCase$2 = slicedToArray(_address$toLowerCase$, 2),
            last = _address$toLowerCase$2[0],
            first = _address$toLowerCase$2[1];

        var firstFields = first ? first.split(":").map(_stripLeadingZeros) : [];
        var lastFields = last.split(":").map(_stripLeadingZeros);
        var isLastFieldIPv4Address = protocol.IPV4ADDRESS.test(lastFields[lastFields.length - 1]);
        var fieldCount = isLastFieldIPv4Address ? 7 : 8;
        var lastFieldsStart = lastFields.length - fieldCount;
        var fields = Array(fieldCount);
        for (var x = 0; x < fieldCount; ++x) {
            fields[x] = firstFields[x] || lastFields[lastFieldsStart + x] || '';
        }
        if (isLastFieldIPv4Address) {
            fields[fieldCount - 1] = _normalizeIPv4(fields[fieldCount - 1], protocol);
        }
        var allZeroFields = fields.reduce(function (acc, field, index) {
            if (!field || field === "0") {
                var lastLongest = acc[acc.length - 1];
                if (lastLongest && lastLongest.index + lastLongest.length === index) {
                    lastLongest.length++;
                } else {
                    acc.push({ index: index, length: 1 });
                }
            }
            return acc;
        }, []);
        var longestZeroFields = allZeroFields.sort(function (a, b) {
            return b.length - a.length;
        })[0];
        var newHost = void 0;
        if (longestZeroFields && longestZeroFields.length > 1) {
            var newFirst = fields.slice(0, longestZeroFields.index);
            var newLast = fields.slice(longestZeroFields.index + longestZeroFields.length);
            newHost = newFirst.join(":") + "::" + newLast.join(":");
        } else {
            newHost = fields.join(":");
        }
        if (zone) {
            newHost += "%" + zone;
        }
        return newHost;
    } else {
        return host;
    }
}
var URI_PARSE = /^(?:([^:\/?#]+):)?(?:\/\/((?:([^\/?#@]*)@)?(\[[^\/?#\]]+\]|[^\/?#:]*)(?:\:(\d*))?))?([^?#]*)(?:\?([^#]*))?(?:#((?:.|\n|\r)*))?/i;
var NO_MATCH_IS_UNDEFINED = "".match(/(){0}/)[1] === undefined;
function parse(uriString) {
    var options = arguments.length > 1 && arguments[1] !== undefined ? arguments[1] : {};

    var components = {};
    var protocol = options.iri !== false ? IRI_PROTOCOL : URI_PROTOCOL;
    if (options.reference === "suffix") uriString = (options.scheme ? options.scheme + ":" : "") + "//" + uriString;
    var matches = uriString.match(URI_PARSE);
    if (matches) {
        if (NO_MATCH_IS_UNDEFINED) {
            //store each component
            components.scheme = matches[1];
            components.userinfo = matches[3];
            components.host = matches[4];
            components.port = parseInt(matches[5], 10);
            components.path = matches[6] || "";
            components.query = matches[7];
            components.fragment = matches[8];
            //fix port number
            if (isNaN(components.port)) {
                components.port = matches[5];
            }
        } else {
            //IE FIX for improper RegExp matching
            //store each component
            components.scheme = matches[1] || undefined;
            components.userinfo = uriString.indexOf("@") !== -1 ? matches[3] : undefined;
            components.host = uriString.indexOf("//") !== -1 ? matches[4] : undefined;
            components.port = parseInt(matches[5], 10);
            components.path = matches[6] || "";
            components.query = uriString.indexOf("?") !== -1 ? matches[7] : undefined;
            components.fragment = uriString.indexOf("#") !== -1 ? matches[8] : undefined;
            //fix port number
            if (isNaN(components.port)) {
                components.port = uriString.match(/\/\/(?:.|\n)*\:(?:\/|\?|\#|$)/) ? matches[4] : undefined;
            }
        }
        if (components.host) {
            //normalize IP hosts
            components.host = _normalizeIPv6(_normalizeIPv4(components.host, protocol), protocol);
        }
        //determine reference type
        if (components.scheme === undefined && components.userinfo === undefined && components.host === undefined && components.port === undefined && !components.path && components.query === undefined) {
            components.reference = "same-document";
        } else if (components.scheme === undefined) {
            components.reference = "relative";
        } else if (components.fragment === undefined) {
            components.reference = "absolute";
        } else {
            components.reference = "uri";
        }
        //check for reference errors
        if (options.reference && options.reference !== "suffix" && options.reference !== components.reference) {
            components.error = components.error || "URI is not a " + options.reference + " reference.";
        }
        //find scheme handler
        var schemeHandler = SCHEMES[(options.scheme || components.scheme || "").toLowerCase()];
        //check if scheme can't handle IRIs
        if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport)) {
            //if host component is a domain name
            if (components.host && (options.domainHost || schemeHandler && schemeHandler.domainHost)) {
                //convert Unicode IDN -> ASCII IDN
                try {
                    components.host = punycode.toASCII(components.host.replace(protocol.PCT_ENCODED, pctDecChars).toLowerCase());
                } catch (e) {
                    components.error = components.error || "Host's domain name can not be converted to ASCII via punycode: " + e;
                }
            }
            //convert IRI -> URI
            _normalizeComponentEncoding(components, URI_PROTOCOL);
        } else {
            //normalize encodings
            _normalizeComponentEncoding(components, protocol);
        }
        //perform scheme specific parsing
        if (schemeHandler && schemeHandler.parse) {
            schemeHandler.parse(components, options);
        }
    } else {
        components.error = components.error || "URI can not be parsed.";
    }
    return components;
}

function _recomposeAuthority(components, options) {
    var protocol = options.iri !== false ? IRI_PROTOCOL : URI_PROTOCOL;
    var uriTokens = [];
    if (components.userinfo !== undefined) {
        uriTokens.push(components.userinfo);
        uriTokens.push("@");
    }
    if (components.host !== undefined) {
        //normalize IP hosts, add brackets and escape zone separator for IPv6
        uriTokens.push(_normalizeIPv6(_normalizeIPv4(String(components.host), protocol), protocol).replace(protocol.IPV6ADDRESS, function (_, $1, $2) {
            return "[" + $1 + ($2 ? "%25" + $2 : "") + "]";
        }));
    }
    if (typeof components.port === "number" || typeof components.port === "string") {
        uriTokens.push(":");
        uriTokens.push(String(components.port));
    }
    return uriTokens.length ? uriTokens.join("") : undefined;
}

var RDS1 = /^\.\.?\//;
var RDS2 = /^\/\.(\/|$)/;
var RDS3 = /^\/\.\.(\/|$)/;
var RDS5 = /^\/?(?:.|\n)*?(?=\/|$)/;
function removeDotSegments(input) {
    var output = [];
    while (input.length) {
        if (input.match(RDS1)) {
            input = input.replace(RDS1, "");
        } else if (input.match(RDS2)) {
            input = input.replace(RDS2, "/");
        } else if (input.match(RDS3)) {
            input = input.replace(RDS3, "/");
            output.pop();
        } else if (input === "." || input === "..") {
            input = "";
        } else {
            var im = input.match(RDS5);
            if (im) {
                var s = im[0];
                input = input.slice(s.length);
                output.push(s);
            } else {
                throw new Error("Unexpected dot segment condition");
            }
        }
    }
    return output.join("");
}

function serialize(components) {
    var options = arguments.length > 1 && arguments[1] !== undefined ? arguments[1] : {};

    var protocol = options.iri ? IRI_PROTOCOL : URI_PROTOCOL;
    var uriTokens = [];
    //find scheme handler
    var schemeHandler = SCHEMES[(options.scheme || components.scheme || "").toLowerCase()];
    //perform scheme specific serialization
    if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(components, options);
    if (components.host) {
        //if host component is an IPv6 address
        if (protocol.IPV6ADDRESS.test(components.host)) {}
        //TODO: normalize IPv6 address as per RFC 5952

        //if host component is a domain name
        else if (options.domainHost || schemeHandler && schemeHandler.domainHost) {
                //convert IDN via punycode
                try {
                    components.host = !options.iri ? punycode.toASCII(components.host.replace(protocol.PCT_ENCODED, pctDecChars).toLowerCase()) : punycode.toUnicode(components.host);
                } catch (e) {
                    components.error = components.error || "Host's domain name can not be converted to " + (!options.iri ? "ASCII" : "Unicode") + " via punycode: " + e;
                }
            }
    }
    //normalize encoding
    _normalizeComponentEncoding(components, protocol);
    if (options.reference !== "suffix" && components.scheme) {
        uriTokens.push(components.scheme);
        uriTokens.push(":");
    }
    var authority = _recomposeAuthority(components, options);
    if (authority !== undefined) {
        if (options.reference !== "suffix") {
            uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (components.path && components.path.charAt(0) !== "/") {
            uriTokens.push("/");
        }
    }
    if (components.path !== undefined) {
        var s = components.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
            s = removeDotSegments(s);
        }
        if (authority === undefined) {
            s = s.replace(/^\/\//, "/%2F"); //don't allow the path to start with "//"
        }
        uriTokens.push(s);
    }
    if (components.query !== undefined) {
        uriTokens.push("?");
        uriTokens.push(components.query);
    }
    if (components.fragment !== undefined) {
        uriTokens.push("#");
        uriTokens.push(components.fragment);
    }
    return uriTokens.join(""); //merge tokens into a string
}

function resolveComponents(base, relative) {
    var options = arguments.length > 2 && arguments[2] !== undefined ? arguments[2] : {};
    var skipNormalization = arguments[3];

    var target = {};
    if (!skipNormalization) {
        base = parse(serialize(base, options), options); //normalize base components
        relative = parse(serialize(relative, options), options); //normalize relative components
    }
    options = options || {};
    if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        //target.authority = relative.authority;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
    } else {
        if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
            //target.authority = relative.authority;
            target.userinfo = relative.userinfo;
            target.host = relative.host;
            target.port = relative.port;
            target.path = removeDotSegments(relative.path || "");
            target.query = relative.query;
        } else {
            if (!relative.path) {
                target.path = base.path;
                if (relative.query !== undefined) {
                    target.query = relative.query;
                } else {
                    target.query = base.query;
                }
            } else {
                if (relative.path.charAt(0) === "/") {
                    target.path = removeDotSegments(relative.path);
                } else {
                    if ((base.userinfo !== undefined || base.host !== undefined || base.port !== undefined) && !base.path) {
                        target.path = "/" + relative.path;
                    } else if (!base.path) {
                        target.path = relative.path;
                    } else {
                        target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
                    }
                    target.path = removeDotSegments(target.path);
                }
                target.query = relative.query;
            }
            //target.authority = base.authority;
            target.userinfo = base.userinfo;
            target.host = base.host;
            target.port = base.port;
        }
        target.scheme = base.scheme;
    }
    target.fragment = relative.fragment;
    return target;
}

function resolve(baseURI, relativeURI, options) {
    var schemelessOptions = assign({ scheme: 'null' }, options);
    return serialize(resolveComponents(parse(baseURI, schemelessOptions), parse(relativeURI, schemelessOptions), schemelessOptions, true), schemelessOptions);
}

function normalize(uri, options) {
    if (typeof uri === "string") {
        uri = serialize(parse(uri, options), options);
    } else if (typeOf(uri) === "object") {
        uri = parse(serialize(uri, options), options);
    }
    return uri;
}

function equal(uriA, uriB, options) {
    if (typeof uriA === "string") {
        uriA = serialize(parse(uriA, options), options);
    } else if (typeOf(uriA) === "object") {
        uriA = serialize(uriA, options);
    }
    if (typeof uriB === "string") {
        uriB = serialize(parse(uriB, options), options);
    } else if (typeOf(uriB) === "object") {
        uriB = serialize(uriB, options);
    }
    return uriA === uriB;
}

function escapeComponent(str, options) {
    return str && str.toString().replace(!options || !options.iri ? URI_PROTOCOL.ESCAPE : IRI_PROTOCOL.ESCAPE, pctEncChar);
}

function unescapeComponent(str, options) {
    return str && str.toString().replace(!options || !options.iri ? URI_PROTOCOL.PCT_ENCODED : IRI_PROTOCOL.PCT_ENCODED, pctDecChars);
}

var handler = {
    scheme: "http",
    domainHost: true,
    parse: function parse(components, options) {
        //report missing host
        if (!components.host) {
            components.error = components.error || "HTTP URIs must have a host.";
        }
        return components;
    },
    serialize: function serialize(components, options) {
        var secure = String(components.scheme).toLowerCase() === "https";
        //normalize the default port
        if (components.port === (secure ? 443 : 80) || components.port === "") {
            components.port = undefined;
        }
        //normalize the empty path
        if (!components.path) {
            components.path = "/";
        }
        //NOTE: We do not parse query strings for HTTP URIs
        //as WWW Form Url Encoded query strings are part of the HTML4+ spec,
        //and not the HTTP spec.
        return components;
    }
};

var handler$1 = {
    scheme: "https",
    domainHost: handler.domainHost,
    parse: handler.parse,
    serialize: handler.serialize
};

function isSecure(wsComponents) {
    return typeof wsComponents.secure === 'boolean' ? wsComponents.secure : String(wsComponents.scheme).toLowerCase() === "wss";
}
//RFC 6455
var handler$2 = {
    scheme: "ws",
    domainHost: true,
    parse: function parse(components, options) {
        var wsComponents = components;
        //indicate if the secure flag is set
        wsComponents.secure = isSecure(wsComponents);
        //construct resouce name
        wsComponents.resourceName = (wsComponents.path || '/') + (wsComponents.query ? '?' + wsComponents.query : '');
        wsComponents.path = undefined;
        wsComponents.query = undefined;
        return wsComponents;
    },
    serialize: function serialize(wsComponents, options) {
        //normalize the default port
        if (wsComponents.port === (isSecure(wsComponents) ? 443 : 80) || wsComponents.port === "") {
            wsComponents.port = undefined;
        }
        //ensure scheme matches secure flag
        if (typeof wsComponents.secure === 'boolean') {
            wsComponents.scheme = wsComponents.secure ? 'wss' : 'ws';
            wsComponents.secure = undefined;
        }
        //reconstruct path from resource name
        if (wsComponents.resourceName) {
            var _wsComponents$resourc = wsComponents.resourceName.split('?'),
                _wsComponents$resourc2 = slicedToArray(_wsComponents$resourc, 2),
                path = _wsComponents$resourc2[0],
                query = _wsComponents$resourc2[1];

            wsComponents.path = path && path !== '/' ? path : undefined;
            wsComponents.query = query;
            wsComponents.resourceName = undefined;
        }
        //forbid fragment component
        wsComponents.fragment = undefined;
        return wsComponents;
    }
};

var handler$3 = {
    scheme: "wss",
    domainHost: handler$2.domainHost,
    parse: handler$2.parse,
    serialize: handler$2.serialize
};

var O = {};
var isIRI = true;
//RFC 3986
var UNRESERVED$$ = "[A-Za-z0-9\\-\\.\\_\\~" + (isIRI ? "\\xA0-\\u200D\\u2010-\\u2029\\u202F-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF" : "") + "]";
var HEXDIG$$ = "[0-9A-Fa-f]"; //case-insensitive
var PCT_ENCODED$ = subexp(subexp("%[EFef]" + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$) + "|" + subexp("%[89A-Fa-f]" + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$) + "|" + subexp("%" + HEXDIG$$ + HEXDIG$$)); //expanded
//RFC 5322, except these symbols as per RFC 6068: @ : / ? # [ ] & ; =
//const ATEXT$$ = "[A-Za-z0-9\\!\\#\\$\\%\\&\\'\\*\\+\\-\\/\\=\\?\\^\\_\\`\\{\\|\\}\\~]";
//const WSP$$ = "[\\x20\\x09]";
//const OBS_QTEXT$$ = "[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]";  //(%d1-8 / %d11-12 / %d14-31 / %d127)
//const QTEXT$$ = merge("[\\x21\\x23-\\x5B\\x5D-\\x7E]", OBS_QTEXT$$);  //%d33 / %d35-91 / %d93-126 / obs-qtext
//const VCHAR$$ = "[\\x21-\\x7E]";
//const WSP$$ = "[\\x20\\x09]";
//const OBS_QP$ = subexp("\\\\" + merge("[\\x00\\x0D\\x0A]", OBS_QTEXT$$));  //%d0 / CR / LF / obs-qtext
//const FWS$ = subexp(subexp(WSP$$ + "*" + "\\x0D\\x0A") + "?" + WSP$$ + "+");
//const QUOTED_PAIR$ = subexp(subexp("\\\\" + subexp(VCHAR$$ + "|" + WSP$$)) + "|" + OBS_QP$);
//const QUOTED_STRING$ = subexp('\\"' + subexp(FWS$ + "?" + QCONTENT$) + "*" + FWS$ + "?" + '\\"');
var ATEXT$$ = "[A-Za-z0-9\\!\\$\\%\\'\\*\\+\\-\\^\\_\\`\\{\\|\\}\\~]";
var QTEXT$$ = "[\\!\\$\\%\\'\\(\\)\\*\\+\\,\\-\\.0-9\\<\\>A-Z\\x5E-\\x7E]";
var VCHAR$$ = merge(QTEXT$$, "[\\\"\\\\]");
var SOME_DELIMS$$ = "[\\!\\$\\'\\(\\)\\*\\+\\,\\;\\:\\@]";
var UNRESERVED = new RegExp(UNRESERVED$$, "g");
var PCT_ENCODED = new RegExp(PCT_ENCODED$, "g");
var NOT_LOCAL_PART = new RegExp(merge("[^]", ATEXT$$, "[\\.]", '[\\"]', VCHAR$$), "g");
var NOT_HFNAME = new RegExp(merge("[^]", UNRESERVED$$, SOME_DELIMS$$), "g");
var NOT_HFVALUE = NOT_HFNAME;
function decodeUnreserved(str) {
    var decStr = pctDecChars(str);
    return !decStr.match(UNRESERVED) ? str : decStr;
}
var handler$4 = {
    scheme: "mailto",
    parse: function parse$$1(components, options) {
        var mailtoComponents = components;
        var to = mailtoComponents.to = mailtoComponents.path ? mailtoComponents.path.split(",") : [];
        mailtoComponents.path = undefined;
        if (mailtoComponents.query) {
            var unknownHeaders = false;
            var headers = {};
            var hfields = mailtoComponents.query.split("&");
            for (var x = 0, xl = hfields.length; x < xl; ++x) {
                var hfield = hfields[x].split("=");
                switch (hfield[0]) {
                    case "to":
                        var toAddrs = hfield[1].split(",");
                        for (var _x = 0, _xl = toAddrs.length; _x < _xl; ++_x) {
                            to.push(toAddrs[_x]);
                        }
                        break;
                    case "subject":
                        mailtoComponents.subject = unescapeComponent(hfield[1], options);
                        break;
                    case "body":
                        mailtoComponents.body = unescapeComponent(hfield[1], options);
                        break;
                    default:
                        unknownHeaders = true;
                        headers[unescapeComponent(hfield[0], options)] = unescapeComponent(hfield[1], options);
                        break;
                }
            }
            if (unknownHeaders) mailtoComponents.headers = headers;
        }
        mailtoComponents.query = undefined;
        for (var _x2 = 0, _xl2 = to.length; _x2 < _xl2; ++_x2) {
            var addr = to[_x2].split("@");
            addr[0] = unescapeComponent(addr[0]);
            if (!options.unicodeSupport) {
                //convert Unicode IDN -> ASCII IDN
                try {
                    addr[1] = punycode.toASCII(unescapeComponent(addr[1], options).toLowerCase());
                } catch (e) {
                    mailtoComponents.error = mailtoComponents.error || "Email address's domain name can not be converted to ASCII via punycode: " + e;
                }
            } else {
                addr[1] = unescapeComponent(addr[1], options).toLowerCase();
            }
            to[_x2] = addr.join("@");
        }
        return mailtoComponents;
    },
    serialize: function serialize$$1(mailtoComponents, options) {
        var components = mailtoComponents;
        var to = toArray(mailtoComponents.to);
        if (to) {
            for (var x = 0, xl = to.length; x < xl; ++x) {
                var toAddr = String(to[x]);
                var atIdx = toAddr.lastIndexOf("@");
                var localPart = toAddr.slice(0, atIdx).replace(PCT_ENCODED, decodeUnreserved).replace(PCT_ENCODED, toUpperCase).replace(NOT_LOCAL_PART, pctEncChar);
                var domain = toAddr.slice(atIdx + 1);
                //convert IDN via punycode
                try {
                    domain = !options.iri ? punycode.toASCII(unescapeComponent(domain, options).toLowerCase()) : punycode.toUnicode(domain);
                } catch (e) {
                    components.error = components.error || "Email address's domain name can not be converted to " + (!options.iri ? "ASCII" : "Unicode") + " via punycode: " + e;
                }
                to[x] = localPart + "@" + domain;
            }
            components.path = to.join(",");
        }
        var headers = mailtoComponents.headers = mailtoComponents.headers || {};
        if (mailtoComponents.subject) headers["subject"] = mailtoComponents.subject;
        if (mailtoComponents.body) headers["body"] = mailtoComponents.body;
        var fields = [];
        for (var name in headers) {
            if (headers[name] !== O[name]) {
                fields.push(name.replace(PCT_ENCODED, decodeUnreserved).replace(PCT_ENCODED, toUpperCase).replace(NOT_HFNAME, pctEncChar) + "=" + headers[name].replace(PCT_ENCODED, decodeUnreserved).replace(PCT_ENCODED, toUpperCase).replace(NOT_HFVALUE, pctEncChar));
            }
        }
        if (fields.length) {
            components.query = fields.join("&");
        }
        return components;
    }
};

var URN_PARSE = /^([^\:]+)\:(.*)/;
//RFC 2141
var handler$5 = {
    scheme: "urn",
    parse: function parse$$1(components, options) {
        var matches = components.path && components.path.match(URN_PARSE);
        var urnComponents = components;
        if (matches) {
            var scheme = options.scheme || urnComponents.scheme || "urn";
            var nid = matches[1].toLowerCase();
            var nss = matches[2];
            var urnScheme = scheme + ":" + (options.nid || nid);
            var schemeHandler = SCHEMES[urnScheme];
            urnComponents.nid = nid;
            urnComponents.nss = nss;
            urnComponents.path = undefined;
            if (schemeHandler) {
                urnComponents = schemeHandler.parse(urnComponents, options);
            }
        } else {
            urnComponents.error = urnComponents.error || "URN can not be parsed.";
        }
        return urnComponents;
    },
    serialize: function serialize$$1(urnComponents, options) {
        var scheme = options.scheme || urnComponents.scheme || "urn";
        var nid = urnComponents.nid;
        var urnScheme = scheme + ":" + (options.nid || nid);
        var schemeHandler = SCHEMES[urnScheme];
        if (schemeHandler) {
            urnComponents = schemeHandler.serialize(urnComponents, options);
        }
        var uriComponents = urnComponents;
        var nss = urnComponents.nss;
        uriComponents.path = (nid || options.nid) + ":" + nss;
        return uriComponents;
    }
};

var UUID = /^[0-9A-Fa-f]{8}(?:\-[0-9A-Fa-f]{4}){3}\-[0-9A-Fa-f]{12}$/;
//RFC 4122
var handler$6 = {
    scheme: "urn:uuid",
    parse: function parse(urnComponents, options) {
        var uuidComponents = urnComponents;
        uuidComponents.uuid = uuidComponents.nss;
        uuidComponents.nss = undefined;
        if (!options.tolerant && (!uuidComponents.uuid || !uuidComponents.uuid.match(UUID))) {
            uuidComponents.error = uuidComponents.error || "UUID is not valid.";
        }
        return uuidComponents;
    },
    serialize: function serialize(uuidComponents, options) {
        var urnComponents = uuidComponents;
        //normalize UUID
        urnComponents.nss = (uuidComponents.uuid || "").toLowerCase();
        return urnComponents;
    }
};

SCHEMES[handler.scheme] = handler;
SCHEMES[handler$1.scheme] = handler$1;
SCHEMES[handler$2.scheme] = handler$2;
SCHEMES[handler$3.scheme] = handler$3;
SCHEMES[handler$4.scheme] = handler$4;
SCHEMES[handler$5.scheme] = handler$5;
SCHEMES[handler$6.scheme] = handler$6;

exports.SCHEMES = SCHEMES;
exports.pctEncChar = pctEncChar;
exports.pctDecChars = pctDecChars;
exports.parse = parse;
exports.removeDotSegments = removeDotSegments;
exports.serialize = serialize;
exports.resolveComponents = resolveComponents;
exports.resolve = resolve;
exports.normalize = normalize;
exports.equal = equal;
exports.escapeComponent = escapeComponent;
exports.unescapeComponent = unescapeComponent;

Object.defineProperty(exports, '__esModule', { value: true });

})));
//# sourceMappingURL=uri.all.js.map


/***/ }),

/***/ 6345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate)
});

// EXTERNAL MODULE: ./node_modules/@kubernetes-models/validate/dist/formats.mjs
var formats = __webpack_require__(409);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1Time.mjs
var IoK8sApimachineryPkgApisMetaV1Time = __webpack_require__(6868);
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1FieldsV1.mjs
const validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry.mjs
const IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.apiVersion||validate21(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.fieldsType||validate21(data.fieldsType,{instancePath:instancePath+"/fieldsType",parentData:data,parentDataProperty:"fieldsType",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.fieldsV1||validate25(data.fieldsV1,{instancePath:instancePath+"/fieldsV1",parentData:data,parentDataProperty:"fieldsV1",rootData})||(errors=(vErrors=null===vErrors?validate25.errors:vErrors.concat(validate25.errors)).length),void 0===data.manager||validate21(data.manager,{instancePath:instancePath+"/manager",parentData:data,parentDataProperty:"manager",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.operation||validate21(data.operation,{instancePath:instancePath+"/operation",parentData:data,parentDataProperty:"operation",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.subresource||validate21(data.subresource,{instancePath:instancePath+"/subresource",parentData:data,parentDataProperty:"subresource",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.time||validate32(data.time,{instancePath:instancePath+"/time",parentData:data,parentDataProperty:"time",rootData})||(errors=(vErrors=null===vErrors?validate32.errors:vErrors.concat(validate32.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors}function validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?validate.errors:vErrors.concat(validate.errors)).length),validate25.errors=vErrors,0===errors}function validate32(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||(0,IoK8sApimachineryPkgApisMetaV1Time/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1Time/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1Time/* validate */.t.errors)).length),validate32.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1OwnerReference.mjs
const IoK8sApimachineryPkgApisMetaV1OwnerReference_validate=function validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.apiVersion){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"apiVersion"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.kind){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"kind"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}if(void 0===data.name){let err2={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}if(void 0===data.uid){let err3={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"uid"}};null===vErrors?vErrors=[err3]:vErrors.push(err3),errors++}void 0===data.apiVersion||validate22(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?validate22.errors:vErrors.concat(validate22.errors)).length),void 0===data.blockOwnerDeletion||IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21(data.blockOwnerDeletion,{instancePath:instancePath+"/blockOwnerDeletion",parentData:data,parentDataProperty:"blockOwnerDeletion",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21.errors)).length),void 0===data.controller||IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21(data.controller,{instancePath:instancePath+"/controller",parentData:data,parentDataProperty:"controller",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21.errors)).length),void 0===data.kind||validate22(data.kind,{instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData})||(errors=(vErrors=null===vErrors?validate22.errors:vErrors.concat(validate22.errors)).length),void 0===data.name||validate22(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?validate22.errors:vErrors.concat(validate22.errors)).length),void 0===data.uid||validate22(data.uid,{instancePath:instancePath+"/uid",parentData:data,parentDataProperty:"uid",rootData})||(errors=(vErrors=null===vErrors?validate22.errors:vErrors.concat(validate22.errors)).length)}else{let err4={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err4]:vErrors.push(err4),errors++}return validate23.errors=vErrors,0===errors};function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors}function IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApimachineryPkgApisMetaV1OwnerReference_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta.mjs
const IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate=function validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.annotations||validate26(data.annotations,{instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData})||(errors=(vErrors=null===vErrors?validate26.errors:vErrors.concat(validate26.errors)).length),void 0===data.creationTimestamp||IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21(data.creationTimestamp,{instancePath:instancePath+"/creationTimestamp",parentData:data,parentDataProperty:"creationTimestamp",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21.errors)).length),void 0===data.deletionGracePeriodSeconds||IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25(data.deletionGracePeriodSeconds,{instancePath:instancePath+"/deletionGracePeriodSeconds",parentData:data,parentDataProperty:"deletionGracePeriodSeconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25.errors)).length),void 0===data.deletionTimestamp||IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21(data.deletionTimestamp,{instancePath:instancePath+"/deletionTimestamp",parentData:data,parentDataProperty:"deletionTimestamp",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21.errors)).length),void 0===data.finalizers||validate34(data.finalizers,{instancePath:instancePath+"/finalizers",parentData:data,parentDataProperty:"finalizers",rootData})||(errors=(vErrors=null===vErrors?validate34.errors:vErrors.concat(validate34.errors)).length),void 0===data.generateName||validate28(data.generateName,{instancePath:instancePath+"/generateName",parentData:data,parentDataProperty:"generateName",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length),void 0===data.generation||IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25(data.generation,{instancePath:instancePath+"/generation",parentData:data,parentDataProperty:"generation",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25.errors)).length),void 0===data.labels||validate26(data.labels,{instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData})||(errors=(vErrors=null===vErrors?validate26.errors:vErrors.concat(validate26.errors)).length),void 0===data.managedFields||validate40(data.managedFields,{instancePath:instancePath+"/managedFields",parentData:data,parentDataProperty:"managedFields",rootData})||(errors=(vErrors=null===vErrors?validate40.errors:vErrors.concat(validate40.errors)).length),void 0===data.name||validate28(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length),void 0===data.namespace||validate28(data.namespace,{instancePath:instancePath+"/namespace",parentData:data,parentDataProperty:"namespace",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length),void 0===data.ownerReferences||validate48(data.ownerReferences,{instancePath:instancePath+"/ownerReferences",parentData:data,parentDataProperty:"ownerReferences",rootData})||(errors=(vErrors=null===vErrors?validate48.errors:vErrors.concat(validate48.errors)).length),void 0===data.resourceVersion||validate28(data.resourceVersion,{instancePath:instancePath+"/resourceVersion",parentData:data,parentDataProperty:"resourceVersion",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length),void 0===data.selfLink||validate28(data.selfLink,{instancePath:instancePath+"/selfLink",parentData:data,parentDataProperty:"selfLink",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length),void 0===data.uid||validate28(data.uid,{instancePath:instancePath+"/uid",parentData:data,parentDataProperty:"uid",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate29.errors=vErrors,0===errors};function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate24.errors=vErrors,0===errors}function validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)validate24(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?validate24.errors:vErrors.concat(validate24.errors)).length);return validate26.errors=vErrors,0===errors}function IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||(0,IoK8sApimachineryPkgApisMetaV1Time/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1Time/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1Time/* validate */.t.errors)).length),IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate21.errors=vErrors,0===errors}let formats0=formats/* formats */.F.int64;function IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApimachineryPkgApisMetaV1ObjectMeta_validate25.errors=vErrors,0===errors}function validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate24(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate24.errors:vErrors.concat(validate24.errors)).length)}return validate34.errors=vErrors,0===errors}function validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate28.errors=vErrors,0===errors}function validate41(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry_validate.errors)).length),validate41.errors=vErrors,0===errors}function validate40(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate41(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate41.errors:vErrors.concat(validate41.errors)).length)}return validate40.errors=vErrors,0===errors}function validate49(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApimachineryPkgApisMetaV1OwnerReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1OwnerReference_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1OwnerReference_validate.errors)).length),validate49.errors=vErrors,0===errors}function validate48(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate49(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate49.errors:vErrors.concat(validate49.errors)).length)}return validate48.errors=vErrors,0===errors}

/***/ }),

/***/ 6868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _kubernetes_models_validate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(409);
const validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"==typeof data){if(!formats0.validate(data)){let err0={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"date-time"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};let formats0=_kubernetes_models_validate__WEBPACK_IMPORTED_MODULE_0__/* .formats */ .F["date-time"];

/***/ }),

/***/ 5083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _kubernetes_models_validate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(409);
const validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0,valid0=!1,passing0=null;validate22(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?validate22.errors:vErrors.concat(validate22.errors)).length);var _valid0=0===errors;_valid0&&(valid0=!0,passing0=0);let _errs2=errors;validate24(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?validate24.errors:vErrors.concat(validate24.errors)).length);var _valid0=_errs2===errors;if(_valid0&&valid0?(valid0=!1,passing0=[passing0,1]):_valid0&&(valid0=!0,passing0=1),valid0)errors=0,null!==vErrors&&(vErrors=null);else{let err0={instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas:passing0}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors}let formats0=_kubernetes_models_validate__WEBPACK_IMPORTED_MODULE_0__/* .formats */ .F.int32;function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate24.errors=vErrors,0===errors}

/***/ }),

/***/ 1561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ createTypeMetaGuard)
/* harmony export */ });
function isNonNullObject(value) {
    return typeof value === "object" && value != null;
}
function createTypeMetaGuard(meta) {
    return (value) => {
        return (isNonNullObject(value) &&
            value.apiVersion === meta.apiVersion &&
            value.kind === meta.kind);
    };
}
//# sourceMappingURL=meta.mjs.map

/***/ }),

/***/ 9194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ Model),
  V: () => (/* binding */ setValidateFunc)
});

;// CONCATENATED MODULE: ./node_modules/is-plain-object/dist/is-plain-object.mjs
/*!
 * is-plain-object <https://github.com/jonschlinkert/is-plain-object>
 *
 * Copyright (c) 2014-2017, Jon Schlinkert.
 * Released under the MIT License.
 */

function isObject(o) {
  return Object.prototype.toString.call(o) === '[object Object]';
}

function isPlainObject(o) {
  var ctor,prot;

  if (isObject(o) === false) return false;

  // If has modified constructor
  ctor = o.constructor;
  if (ctor === undefined) return true;

  // If has modified prototype
  prot = ctor.prototype;
  if (isObject(prot) === false) return false;

  // If constructor does not have an Object-specific method
  if (prot.hasOwnProperty('isPrototypeOf') === false) {
    return false;
  }

  // Most likely a plain Object
  return true;
}



// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/validation_error.js
var validation_error = __webpack_require__(5402);
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/validate/dist/utils.mjs
function exportDefault(mod) {
    return mod.default ?? mod;
}
//# sourceMappingURL=utils.mjs.map
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/validate/dist/runtime/validation_error.mjs


/* harmony default export */ const runtime_validation_error = (exportDefault(validation_error));
//# sourceMappingURL=validation_error.mjs.map
// EXTERNAL MODULE: ./node_modules/ajv-i18n/localize/index.js
var localize = __webpack_require__(48);
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/validate/dist/validate.mjs


function generateErrorMessage(errors) {
    localize.en(errors);
    return errors
        .map((err) => `data${err.instancePath} ${err.message}`)
        .join(", ");
}
function runValidateFunc(fn, data) {
    if (!fn(data) && fn.errors) {
        const errors = fn.errors;
        const err = new runtime_validation_error(errors);
        err.message = generateErrorMessage(errors);
        throw err;
    }
}
//# sourceMappingURL=validate.mjs.map
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/base/dist/model.mjs


function setDefinedProps(src, dst) {
    for (const key of Object.keys(src)) {
        if (src[key] !== undefined) {
            // eslint-disable-next-line @typescript-eslint/no-use-before-define
            dst[key] = filterUndefinedValues(src[key]);
        }
    }
    return dst;
}
function filterUndefinedValues(data) {
    if (Array.isArray(data)) {
        return data.map(filterUndefinedValues);
    }
    if (isPlainObject(data)) {
        return setDefinedProps(data, {});
    }
    return data;
}
class Model {
    constructor(data) {
        if (data) {
            setDefinedProps(data, this);
        }
    }
    setDefinedProps(data) {
        if (data) {
            setDefinedProps(data, this);
        }
    }
    toJSON() {
        const result = {};
        setDefinedProps(this, result);
        return result;
    }
    validate() {
        // Use `setValidateFunc` to set the validate function
    }
}
function setValidateFunc(ctor, fn) {
    ctor.prototype.validate = function () {
        runValidateFunc(fn, this);
    };
}
//# sourceMappingURL=model.mjs.map

/***/ }),

/***/ 409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ formats)
/* harmony export */ });
/* unused harmony export addFormats */
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1507);
/* harmony import */ var ajv_formats_draft2019_formats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3295);
/* harmony import */ var is_cidr__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6613);



// From: https://github.com/miguelmota/is-base64/blob/0702e189090921a2f11b4342f27906ff8c43d7ec/is-base64.js#L15
const rBase64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// https://github.com/kubernetes/apimachinery/blob/8c18d83/pkg/api/resource/quantity.go
const rSignedNumber = /[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)/;
// https://physics.nist.gov/cuu/Units/binary.html
const rBinarySI = /[KMGTPE]i/;
// https://en.wikipedia.org/wiki/Metric_prefix#List_of_SI_prefixes
const rDecimalSI = /(?:[YZEPTGMkhdcmunpfazy]|da)/;
const rDecimalExponent = new RegExp(`[eE]${rSignedNumber.source}`);
const rQuantitySuffix = new RegExp(`(?:${rBinarySI.source}|${rDecimalSI.source}|${rDecimalExponent.source})?`);
const rQuantity = new RegExp(`^${rSignedNumber.source}${rQuantitySuffix.source}$`);
const formats = {
    ...ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .fullFormats */ .U9,
    ...ajv_formats_draft2019_formats_index_js__WEBPACK_IMPORTED_MODULE_1__,
    byte: {
        type: "string",
        validate: (value) => rBase64.test(value)
    },
    quantity: {
        type: "string",
        validate: rQuantity
    },
    // This format is used in Istio.
    string: {
        type: "string",
        validate: (value) => typeof value === "string"
    },
    cidr: {
        type: "string",
        validate: (value) => is_cidr__WEBPACK_IMPORTED_MODULE_2__(value) !== 0
    }
};
function addFormats(ajv) {
    for (const [name, format] of Object.entries(formats)) {
        ajv.addFormat(name, format);
    }
}
//# sourceMappingURL=formats.mjs.map

/***/ }),

/***/ 7153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ Deployment)
});

// UNUSED EXPORTS: IoK8sApiAppsV1Deployment

// EXTERNAL MODULE: ./node_modules/@kubernetes-models/base/dist/model.mjs + 4 modules
var model = __webpack_require__(9194);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/base/dist/meta.mjs
var meta = __webpack_require__(1561);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta.mjs + 3 modules
var IoK8sApimachineryPkgApisMetaV1ObjectMeta = __webpack_require__(6345);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/validate/dist/formats.mjs
var formats = __webpack_require__(409);
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1LabelSelectorRequirement.mjs
const validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.key){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"key"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.operator){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"operator"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.key||validate21(data.key,{instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.operator||validate21(data.operator,{instancePath:instancePath+"/operator",parentData:data,parentDataProperty:"operator",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.values||validate25(data.values,{instancePath:instancePath+"/values",parentData:data,parentDataProperty:"values",rootData})||(errors=(vErrors=null===vErrors?validate25.errors:vErrors.concat(validate25.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors}function validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate21(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length)}return validate25.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1LabelSelector.mjs
const IoK8sApimachineryPkgApisMetaV1LabelSelector_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.matchExpressions||validate22(data.matchExpressions,{instancePath:instancePath+"/matchExpressions",parentData:data,parentDataProperty:"matchExpressions",rootData})||(errors=(vErrors=null===vErrors?validate22.errors:vErrors.concat(validate22.errors)).length),void 0===data.matchLabels||validate28(data.matchLabels,{instancePath:instancePath+"/matchLabels",parentData:data,parentDataProperty:"matchLabels",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?validate.errors:vErrors.concat(validate.errors)).length),validate23.errors=vErrors,0===errors}function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate23.errors:vErrors.concat(validate23.errors)).length)}return validate22.errors=vErrors,0===errors}function validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate29.errors=vErrors,0===errors}function validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)validate29(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?validate29.errors:vErrors.concat(validate29.errors)).length);return validate28.errors=vErrors,0===errors}
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgUtilIntstrIntOrString.mjs
var IoK8sApimachineryPkgUtilIntstrIntOrString = __webpack_require__(5083);
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiAppsV1RollingUpdateDeployment.mjs
const IoK8sApiAppsV1RollingUpdateDeployment_validate=function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.maxSurge||IoK8sApiAppsV1RollingUpdateDeployment_validate21(data.maxSurge,{instancePath:instancePath+"/maxSurge",parentData:data,parentDataProperty:"maxSurge",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1RollingUpdateDeployment_validate21.errors:vErrors.concat(IoK8sApiAppsV1RollingUpdateDeployment_validate21.errors)).length),void 0===data.maxUnavailable||IoK8sApiAppsV1RollingUpdateDeployment_validate21(data.maxUnavailable,{instancePath:instancePath+"/maxUnavailable",parentData:data,parentDataProperty:"maxUnavailable",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1RollingUpdateDeployment_validate21.errors:vErrors.concat(IoK8sApiAppsV1RollingUpdateDeployment_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate24.errors=vErrors,0===errors};function IoK8sApiAppsV1RollingUpdateDeployment_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||(0,IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t.errors)).length),IoK8sApiAppsV1RollingUpdateDeployment_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiAppsV1DeploymentStrategy.mjs
const IoK8sApiAppsV1DeploymentStrategy_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.rollingUpdate||IoK8sApiAppsV1DeploymentStrategy_validate22(data.rollingUpdate,{instancePath:instancePath+"/rollingUpdate",parentData:data,parentDataProperty:"rollingUpdate",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStrategy_validate22.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStrategy_validate22.errors)).length),void 0===data.type||validate26(data.type,{instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData})||(errors=(vErrors=null===vErrors?validate26.errors:vErrors.concat(validate26.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiAppsV1DeploymentStrategy_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiAppsV1RollingUpdateDeployment_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1RollingUpdateDeployment_validate.errors:vErrors.concat(IoK8sApiAppsV1RollingUpdateDeployment_validate.errors)).length),IoK8sApiAppsV1DeploymentStrategy_validate22.errors=vErrors,0===errors}let schema9={enum:["Recreate","RollingUpdate"]};function validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Recreate"===data||"RollingUpdate"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema9.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1NodeSelectorRequirement.mjs
const IoK8sApiCoreV1NodeSelectorRequirement_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.key){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"key"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.operator){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"operator"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.key||IoK8sApiCoreV1NodeSelectorRequirement_validate21(data.key,{instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelectorRequirement_validate21.errors:vErrors.concat(IoK8sApiCoreV1NodeSelectorRequirement_validate21.errors)).length),void 0===data.operator||validate24(data.operator,{instancePath:instancePath+"/operator",parentData:data,parentDataProperty:"operator",rootData})||(errors=(vErrors=null===vErrors?validate24.errors:vErrors.concat(validate24.errors)).length),void 0===data.values||IoK8sApiCoreV1NodeSelectorRequirement_validate26(data.values,{instancePath:instancePath+"/values",parentData:data,parentDataProperty:"values",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelectorRequirement_validate26.errors:vErrors.concat(IoK8sApiCoreV1NodeSelectorRequirement_validate26.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1NodeSelectorRequirement_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1NodeSelectorRequirement_validate21.errors=vErrors,0===errors}let schema8={enum:["DoesNotExist","Exists","Gt","In","Lt","NotIn"]};function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("DoesNotExist"===data||"Exists"===data||"Gt"===data||"In"===data||"Lt"===data||"NotIn"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema8.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1NodeSelectorRequirement_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1NodeSelectorRequirement_validate21(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelectorRequirement_validate21.errors:vErrors.concat(IoK8sApiCoreV1NodeSelectorRequirement_validate21.errors)).length)}return IoK8sApiCoreV1NodeSelectorRequirement_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1NodeSelectorTerm.mjs
const IoK8sApiCoreV1NodeSelectorTerm_validate=function validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.matchExpressions||IoK8sApiCoreV1NodeSelectorTerm_validate21(data.matchExpressions,{instancePath:instancePath+"/matchExpressions",parentData:data,parentDataProperty:"matchExpressions",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelectorTerm_validate21.errors:vErrors.concat(IoK8sApiCoreV1NodeSelectorTerm_validate21.errors)).length),void 0===data.matchFields||IoK8sApiCoreV1NodeSelectorTerm_validate21(data.matchFields,{instancePath:instancePath+"/matchFields",parentData:data,parentDataProperty:"matchFields",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelectorTerm_validate21.errors:vErrors.concat(IoK8sApiCoreV1NodeSelectorTerm_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate26.errors=vErrors,0===errors};function IoK8sApiCoreV1NodeSelectorTerm_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1NodeSelectorRequirement_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelectorRequirement_validate.errors:vErrors.concat(IoK8sApiCoreV1NodeSelectorRequirement_validate.errors)).length),IoK8sApiCoreV1NodeSelectorTerm_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1NodeSelectorTerm_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1NodeSelectorTerm_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelectorTerm_validate22.errors:vErrors.concat(IoK8sApiCoreV1NodeSelectorTerm_validate22.errors)).length)}return IoK8sApiCoreV1NodeSelectorTerm_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PreferredSchedulingTerm.mjs
const IoK8sApiCoreV1PreferredSchedulingTerm_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.weight){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"weight"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.preference){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"preference"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.preference||IoK8sApiCoreV1PreferredSchedulingTerm_validate22(data.preference,{instancePath:instancePath+"/preference",parentData:data,parentDataProperty:"preference",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PreferredSchedulingTerm_validate22.errors:vErrors.concat(IoK8sApiCoreV1PreferredSchedulingTerm_validate22.errors)).length),void 0===data.weight||IoK8sApiCoreV1PreferredSchedulingTerm_validate26(data.weight,{instancePath:instancePath+"/weight",parentData:data,parentDataProperty:"weight",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PreferredSchedulingTerm_validate26.errors:vErrors.concat(IoK8sApiCoreV1PreferredSchedulingTerm_validate26.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PreferredSchedulingTerm_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1NodeSelectorTerm_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelectorTerm_validate.errors:vErrors.concat(IoK8sApiCoreV1NodeSelectorTerm_validate.errors)).length),IoK8sApiCoreV1PreferredSchedulingTerm_validate22.errors=vErrors,0===errors}let formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1PreferredSchedulingTerm_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1PreferredSchedulingTerm_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1NodeSelector.mjs
const IoK8sApiCoreV1NodeSelector_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.nodeSelectorTerms){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"nodeSelectorTerms"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.nodeSelectorTerms||IoK8sApiCoreV1NodeSelector_validate22(data.nodeSelectorTerms,{instancePath:instancePath+"/nodeSelectorTerms",parentData:data,parentDataProperty:"nodeSelectorTerms",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelector_validate22.errors:vErrors.concat(IoK8sApiCoreV1NodeSelector_validate22.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1NodeSelector_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1NodeSelectorTerm_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelectorTerm_validate.errors:vErrors.concat(IoK8sApiCoreV1NodeSelectorTerm_validate.errors)).length),IoK8sApiCoreV1NodeSelector_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1NodeSelector_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1NodeSelector_validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelector_validate23.errors:vErrors.concat(IoK8sApiCoreV1NodeSelector_validate23.errors)).length)}else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1NodeSelector_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1NodeAffinity.mjs
const IoK8sApiCoreV1NodeAffinity_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.preferredDuringSchedulingIgnoredDuringExecution||IoK8sApiCoreV1NodeAffinity_validate22(data.preferredDuringSchedulingIgnoredDuringExecution,{instancePath:instancePath+"/preferredDuringSchedulingIgnoredDuringExecution",parentData:data,parentDataProperty:"preferredDuringSchedulingIgnoredDuringExecution",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeAffinity_validate22.errors:vErrors.concat(IoK8sApiCoreV1NodeAffinity_validate22.errors)).length),void 0===data.requiredDuringSchedulingIgnoredDuringExecution||IoK8sApiCoreV1NodeAffinity_validate28(data.requiredDuringSchedulingIgnoredDuringExecution,{instancePath:instancePath+"/requiredDuringSchedulingIgnoredDuringExecution",parentData:data,parentDataProperty:"requiredDuringSchedulingIgnoredDuringExecution",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeAffinity_validate28.errors:vErrors.concat(IoK8sApiCoreV1NodeAffinity_validate28.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1NodeAffinity_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1PreferredSchedulingTerm_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PreferredSchedulingTerm_validate.errors:vErrors.concat(IoK8sApiCoreV1PreferredSchedulingTerm_validate.errors)).length),IoK8sApiCoreV1NodeAffinity_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1NodeAffinity_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1NodeAffinity_validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeAffinity_validate23.errors:vErrors.concat(IoK8sApiCoreV1NodeAffinity_validate23.errors)).length)}return IoK8sApiCoreV1NodeAffinity_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1NodeAffinity_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1NodeSelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeSelector_validate.errors:vErrors.concat(IoK8sApiCoreV1NodeSelector_validate.errors)).length),IoK8sApiCoreV1NodeAffinity_validate28.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodAffinityTerm.mjs
const IoK8sApiCoreV1PodAffinityTerm_validate=function validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.topologyKey){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"topologyKey"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.labelSelector||IoK8sApiCoreV1PodAffinityTerm_validate24(data.labelSelector,{instancePath:instancePath+"/labelSelector",parentData:data,parentDataProperty:"labelSelector",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinityTerm_validate24.errors:vErrors.concat(IoK8sApiCoreV1PodAffinityTerm_validate24.errors)).length),void 0===data.matchLabelKeys||IoK8sApiCoreV1PodAffinityTerm_validate21(data.matchLabelKeys,{instancePath:instancePath+"/matchLabelKeys",parentData:data,parentDataProperty:"matchLabelKeys",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinityTerm_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodAffinityTerm_validate21.errors)).length),void 0===data.mismatchLabelKeys||IoK8sApiCoreV1PodAffinityTerm_validate21(data.mismatchLabelKeys,{instancePath:instancePath+"/mismatchLabelKeys",parentData:data,parentDataProperty:"mismatchLabelKeys",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinityTerm_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodAffinityTerm_validate21.errors)).length),void 0===data.namespaceSelector||IoK8sApiCoreV1PodAffinityTerm_validate24(data.namespaceSelector,{instancePath:instancePath+"/namespaceSelector",parentData:data,parentDataProperty:"namespaceSelector",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinityTerm_validate24.errors:vErrors.concat(IoK8sApiCoreV1PodAffinityTerm_validate24.errors)).length),void 0===data.namespaces||IoK8sApiCoreV1PodAffinityTerm_validate21(data.namespaces,{instancePath:instancePath+"/namespaces",parentData:data,parentDataProperty:"namespaces",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinityTerm_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodAffinityTerm_validate21.errors)).length),void 0===data.topologyKey||IoK8sApiCoreV1PodAffinityTerm_validate22(data.topologyKey,{instancePath:instancePath+"/topologyKey",parentData:data,parentDataProperty:"topologyKey",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinityTerm_validate22.errors:vErrors.concat(IoK8sApiCoreV1PodAffinityTerm_validate22.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate27.errors=vErrors,0===errors};function IoK8sApiCoreV1PodAffinityTerm_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApimachineryPkgApisMetaV1LabelSelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1LabelSelector_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1LabelSelector_validate.errors)).length),IoK8sApiCoreV1PodAffinityTerm_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1PodAffinityTerm_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodAffinityTerm_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1PodAffinityTerm_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodAffinityTerm_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinityTerm_validate22.errors:vErrors.concat(IoK8sApiCoreV1PodAffinityTerm_validate22.errors)).length)}return IoK8sApiCoreV1PodAffinityTerm_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1WeightedPodAffinityTerm.mjs
const IoK8sApiCoreV1WeightedPodAffinityTerm_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.weight){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"weight"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.podAffinityTerm){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"podAffinityTerm"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.podAffinityTerm||IoK8sApiCoreV1WeightedPodAffinityTerm_validate22(data.podAffinityTerm,{instancePath:instancePath+"/podAffinityTerm",parentData:data,parentDataProperty:"podAffinityTerm",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1WeightedPodAffinityTerm_validate22.errors:vErrors.concat(IoK8sApiCoreV1WeightedPodAffinityTerm_validate22.errors)).length),void 0===data.weight||IoK8sApiCoreV1WeightedPodAffinityTerm_validate26(data.weight,{instancePath:instancePath+"/weight",parentData:data,parentDataProperty:"weight",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1WeightedPodAffinityTerm_validate26.errors:vErrors.concat(IoK8sApiCoreV1WeightedPodAffinityTerm_validate26.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1WeightedPodAffinityTerm_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1PodAffinityTerm_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinityTerm_validate.errors:vErrors.concat(IoK8sApiCoreV1PodAffinityTerm_validate.errors)).length),IoK8sApiCoreV1WeightedPodAffinityTerm_validate22.errors=vErrors,0===errors}let IoK8sApiCoreV1WeightedPodAffinityTerm_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1WeightedPodAffinityTerm_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1WeightedPodAffinityTerm_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1WeightedPodAffinityTerm_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodAffinity.mjs
const IoK8sApiCoreV1PodAffinity_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.preferredDuringSchedulingIgnoredDuringExecution||IoK8sApiCoreV1PodAffinity_validate22(data.preferredDuringSchedulingIgnoredDuringExecution,{instancePath:instancePath+"/preferredDuringSchedulingIgnoredDuringExecution",parentData:data,parentDataProperty:"preferredDuringSchedulingIgnoredDuringExecution",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinity_validate22.errors:vErrors.concat(IoK8sApiCoreV1PodAffinity_validate22.errors)).length),void 0===data.requiredDuringSchedulingIgnoredDuringExecution||IoK8sApiCoreV1PodAffinity_validate28(data.requiredDuringSchedulingIgnoredDuringExecution,{instancePath:instancePath+"/requiredDuringSchedulingIgnoredDuringExecution",parentData:data,parentDataProperty:"requiredDuringSchedulingIgnoredDuringExecution",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinity_validate28.errors:vErrors.concat(IoK8sApiCoreV1PodAffinity_validate28.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PodAffinity_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1WeightedPodAffinityTerm_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1WeightedPodAffinityTerm_validate.errors:vErrors.concat(IoK8sApiCoreV1WeightedPodAffinityTerm_validate.errors)).length),IoK8sApiCoreV1PodAffinity_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1PodAffinity_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodAffinity_validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinity_validate23.errors:vErrors.concat(IoK8sApiCoreV1PodAffinity_validate23.errors)).length)}return IoK8sApiCoreV1PodAffinity_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1PodAffinity_validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1PodAffinityTerm_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinityTerm_validate.errors:vErrors.concat(IoK8sApiCoreV1PodAffinityTerm_validate.errors)).length),IoK8sApiCoreV1PodAffinity_validate29.errors=vErrors,0===errors}function IoK8sApiCoreV1PodAffinity_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodAffinity_validate29(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinity_validate29.errors:vErrors.concat(IoK8sApiCoreV1PodAffinity_validate29.errors)).length)}return IoK8sApiCoreV1PodAffinity_validate28.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodAntiAffinity.mjs
const IoK8sApiCoreV1PodAntiAffinity_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.preferredDuringSchedulingIgnoredDuringExecution||IoK8sApiCoreV1PodAntiAffinity_validate22(data.preferredDuringSchedulingIgnoredDuringExecution,{instancePath:instancePath+"/preferredDuringSchedulingIgnoredDuringExecution",parentData:data,parentDataProperty:"preferredDuringSchedulingIgnoredDuringExecution",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAntiAffinity_validate22.errors:vErrors.concat(IoK8sApiCoreV1PodAntiAffinity_validate22.errors)).length),void 0===data.requiredDuringSchedulingIgnoredDuringExecution||IoK8sApiCoreV1PodAntiAffinity_validate28(data.requiredDuringSchedulingIgnoredDuringExecution,{instancePath:instancePath+"/requiredDuringSchedulingIgnoredDuringExecution",parentData:data,parentDataProperty:"requiredDuringSchedulingIgnoredDuringExecution",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAntiAffinity_validate28.errors:vErrors.concat(IoK8sApiCoreV1PodAntiAffinity_validate28.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PodAntiAffinity_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1WeightedPodAffinityTerm_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1WeightedPodAffinityTerm_validate.errors:vErrors.concat(IoK8sApiCoreV1WeightedPodAffinityTerm_validate.errors)).length),IoK8sApiCoreV1PodAntiAffinity_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1PodAntiAffinity_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodAntiAffinity_validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAntiAffinity_validate23.errors:vErrors.concat(IoK8sApiCoreV1PodAntiAffinity_validate23.errors)).length)}return IoK8sApiCoreV1PodAntiAffinity_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1PodAntiAffinity_validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1PodAffinityTerm_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinityTerm_validate.errors:vErrors.concat(IoK8sApiCoreV1PodAffinityTerm_validate.errors)).length),IoK8sApiCoreV1PodAntiAffinity_validate29.errors=vErrors,0===errors}function IoK8sApiCoreV1PodAntiAffinity_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodAntiAffinity_validate29(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAntiAffinity_validate29.errors:vErrors.concat(IoK8sApiCoreV1PodAntiAffinity_validate29.errors)).length)}return IoK8sApiCoreV1PodAntiAffinity_validate28.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Affinity.mjs
const IoK8sApiCoreV1Affinity_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.nodeAffinity||IoK8sApiCoreV1Affinity_validate22(data.nodeAffinity,{instancePath:instancePath+"/nodeAffinity",parentData:data,parentDataProperty:"nodeAffinity",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Affinity_validate22.errors:vErrors.concat(IoK8sApiCoreV1Affinity_validate22.errors)).length),void 0===data.podAffinity||IoK8sApiCoreV1Affinity_validate26(data.podAffinity,{instancePath:instancePath+"/podAffinity",parentData:data,parentDataProperty:"podAffinity",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Affinity_validate26.errors:vErrors.concat(IoK8sApiCoreV1Affinity_validate26.errors)).length),void 0===data.podAntiAffinity||validate30(data.podAntiAffinity,{instancePath:instancePath+"/podAntiAffinity",parentData:data,parentDataProperty:"podAntiAffinity",rootData})||(errors=(vErrors=null===vErrors?validate30.errors:vErrors.concat(validate30.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1Affinity_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1NodeAffinity_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NodeAffinity_validate.errors:vErrors.concat(IoK8sApiCoreV1NodeAffinity_validate.errors)).length),IoK8sApiCoreV1Affinity_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1Affinity_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1PodAffinity_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAffinity_validate.errors:vErrors.concat(IoK8sApiCoreV1PodAffinity_validate.errors)).length),IoK8sApiCoreV1Affinity_validate26.errors=vErrors,0===errors}function validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1PodAntiAffinity_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodAntiAffinity_validate.errors:vErrors.concat(IoK8sApiCoreV1PodAntiAffinity_validate.errors)).length),validate30.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMapKeySelector.mjs
const IoK8sApiCoreV1ConfigMapKeySelector_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.key){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"key"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.key||IoK8sApiCoreV1ConfigMapKeySelector_validate22(data.key,{instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapKeySelector_validate22.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapKeySelector_validate22.errors)).length),void 0===data.name||IoK8sApiCoreV1ConfigMapKeySelector_validate24(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapKeySelector_validate24.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapKeySelector_validate24.errors)).length),void 0===data.optional||IoK8sApiCoreV1ConfigMapKeySelector_validate26(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapKeySelector_validate26.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapKeySelector_validate26.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1ConfigMapKeySelector_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ConfigMapKeySelector_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ConfigMapKeySelector_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ConfigMapKeySelector_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1ConfigMapKeySelector_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ConfigMapKeySelector_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ObjectFieldSelector.mjs
const IoK8sApiCoreV1ObjectFieldSelector_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.fieldPath){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"fieldPath"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.apiVersion||IoK8sApiCoreV1ObjectFieldSelector_validate22(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ObjectFieldSelector_validate22.errors:vErrors.concat(IoK8sApiCoreV1ObjectFieldSelector_validate22.errors)).length),void 0===data.fieldPath||IoK8sApiCoreV1ObjectFieldSelector_validate24(data.fieldPath,{instancePath:instancePath+"/fieldPath",parentData:data,parentDataProperty:"fieldPath",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ObjectFieldSelector_validate24.errors:vErrors.concat(IoK8sApiCoreV1ObjectFieldSelector_validate24.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1ObjectFieldSelector_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ObjectFieldSelector_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ObjectFieldSelector_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ObjectFieldSelector_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApiResourceQuantity.mjs
const IoK8sApimachineryPkgApiResourceQuantity_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0,valid0=!1,passing0=null;IoK8sApimachineryPkgApiResourceQuantity_validate22(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApiResourceQuantity_validate22.errors:vErrors.concat(IoK8sApimachineryPkgApiResourceQuantity_validate22.errors)).length);var _valid0=0===errors;_valid0&&(valid0=!0,passing0=0);let _errs2=errors;IoK8sApimachineryPkgApiResourceQuantity_validate24(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApiResourceQuantity_validate24.errors:vErrors.concat(IoK8sApimachineryPkgApiResourceQuantity_validate24.errors)).length);var _valid0=_errs2===errors;if(_valid0&&valid0?(valid0=!1,passing0=[passing0,1]):_valid0&&(valid0=!0,passing0=1),valid0)errors=0,null!==vErrors&&(vErrors=null);else{let err0={instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas:passing0}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApimachineryPkgApiResourceQuantity_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"number"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApimachineryPkgApiResourceQuantity_validate22.errors=vErrors,0===errors}let IoK8sApimachineryPkgApiResourceQuantity_formats0=formats/* formats */.F.quantity;function IoK8sApimachineryPkgApiResourceQuantity_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"==typeof data){if(!IoK8sApimachineryPkgApiResourceQuantity_formats0.validate.test(data)){let err0={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"quantity"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApimachineryPkgApiResourceQuantity_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ResourceFieldSelector.mjs
const IoK8sApiCoreV1ResourceFieldSelector_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.resource){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"resource"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.containerName||IoK8sApiCoreV1ResourceFieldSelector_validate22(data.containerName,{instancePath:instancePath+"/containerName",parentData:data,parentDataProperty:"containerName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceFieldSelector_validate22.errors:vErrors.concat(IoK8sApiCoreV1ResourceFieldSelector_validate22.errors)).length),void 0===data.divisor||IoK8sApiCoreV1ResourceFieldSelector_validate24(data.divisor,{instancePath:instancePath+"/divisor",parentData:data,parentDataProperty:"divisor",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceFieldSelector_validate24.errors:vErrors.concat(IoK8sApiCoreV1ResourceFieldSelector_validate24.errors)).length),void 0===data.resource||IoK8sApiCoreV1ResourceFieldSelector_validate28(data.resource,{instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceFieldSelector_validate28.errors:vErrors.concat(IoK8sApiCoreV1ResourceFieldSelector_validate28.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1ResourceFieldSelector_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ResourceFieldSelector_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ResourceFieldSelector_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApimachineryPkgApiResourceQuantity_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApiResourceQuantity_validate.errors:vErrors.concat(IoK8sApimachineryPkgApiResourceQuantity_validate.errors)).length),IoK8sApiCoreV1ResourceFieldSelector_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1ResourceFieldSelector_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ResourceFieldSelector_validate28.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SecretKeySelector.mjs
const IoK8sApiCoreV1SecretKeySelector_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.key){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"key"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.key||IoK8sApiCoreV1SecretKeySelector_validate22(data.key,{instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretKeySelector_validate22.errors:vErrors.concat(IoK8sApiCoreV1SecretKeySelector_validate22.errors)).length),void 0===data.name||IoK8sApiCoreV1SecretKeySelector_validate24(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretKeySelector_validate24.errors:vErrors.concat(IoK8sApiCoreV1SecretKeySelector_validate24.errors)).length),void 0===data.optional||IoK8sApiCoreV1SecretKeySelector_validate26(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretKeySelector_validate26.errors:vErrors.concat(IoK8sApiCoreV1SecretKeySelector_validate26.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1SecretKeySelector_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SecretKeySelector_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1SecretKeySelector_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SecretKeySelector_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1SecretKeySelector_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SecretKeySelector_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EnvVarSource.mjs
const IoK8sApiCoreV1EnvVarSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.configMapKeyRef||IoK8sApiCoreV1EnvVarSource_validate22(data.configMapKeyRef,{instancePath:instancePath+"/configMapKeyRef",parentData:data,parentDataProperty:"configMapKeyRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvVarSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1EnvVarSource_validate22.errors)).length),void 0===data.fieldRef||IoK8sApiCoreV1EnvVarSource_validate26(data.fieldRef,{instancePath:instancePath+"/fieldRef",parentData:data,parentDataProperty:"fieldRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvVarSource_validate26.errors:vErrors.concat(IoK8sApiCoreV1EnvVarSource_validate26.errors)).length),void 0===data.resourceFieldRef||IoK8sApiCoreV1EnvVarSource_validate30(data.resourceFieldRef,{instancePath:instancePath+"/resourceFieldRef",parentData:data,parentDataProperty:"resourceFieldRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvVarSource_validate30.errors:vErrors.concat(IoK8sApiCoreV1EnvVarSource_validate30.errors)).length),void 0===data.secretKeyRef||validate34(data.secretKeyRef,{instancePath:instancePath+"/secretKeyRef",parentData:data,parentDataProperty:"secretKeyRef",rootData})||(errors=(vErrors=null===vErrors?validate34.errors:vErrors.concat(validate34.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1EnvVarSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ConfigMapKeySelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapKeySelector_validate.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapKeySelector_validate.errors)).length),IoK8sApiCoreV1EnvVarSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1EnvVarSource_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ObjectFieldSelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ObjectFieldSelector_validate.errors:vErrors.concat(IoK8sApiCoreV1ObjectFieldSelector_validate.errors)).length),IoK8sApiCoreV1EnvVarSource_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1EnvVarSource_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ResourceFieldSelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceFieldSelector_validate.errors:vErrors.concat(IoK8sApiCoreV1ResourceFieldSelector_validate.errors)).length),IoK8sApiCoreV1EnvVarSource_validate30.errors=vErrors,0===errors}function validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SecretKeySelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretKeySelector_validate.errors:vErrors.concat(IoK8sApiCoreV1SecretKeySelector_validate.errors)).length),validate34.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EnvVar.mjs
const IoK8sApiCoreV1EnvVar_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.name||IoK8sApiCoreV1EnvVar_validate22(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvVar_validate22.errors:vErrors.concat(IoK8sApiCoreV1EnvVar_validate22.errors)).length),void 0===data.value||IoK8sApiCoreV1EnvVar_validate24(data.value,{instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvVar_validate24.errors:vErrors.concat(IoK8sApiCoreV1EnvVar_validate24.errors)).length),void 0===data.valueFrom||IoK8sApiCoreV1EnvVar_validate26(data.valueFrom,{instancePath:instancePath+"/valueFrom",parentData:data,parentDataProperty:"valueFrom",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvVar_validate26.errors:vErrors.concat(IoK8sApiCoreV1EnvVar_validate26.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1EnvVar_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1EnvVar_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1EnvVar_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1EnvVar_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1EnvVar_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1EnvVarSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvVarSource_validate.errors:vErrors.concat(IoK8sApiCoreV1EnvVarSource_validate.errors)).length),IoK8sApiCoreV1EnvVar_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMapEnvSource.mjs
const IoK8sApiCoreV1ConfigMapEnvSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.name||IoK8sApiCoreV1ConfigMapEnvSource_validate22(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapEnvSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapEnvSource_validate22.errors)).length),void 0===data.optional||IoK8sApiCoreV1ConfigMapEnvSource_validate24(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapEnvSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapEnvSource_validate24.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1ConfigMapEnvSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ConfigMapEnvSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ConfigMapEnvSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ConfigMapEnvSource_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SecretEnvSource.mjs
const IoK8sApiCoreV1SecretEnvSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.name||IoK8sApiCoreV1SecretEnvSource_validate22(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretEnvSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1SecretEnvSource_validate22.errors)).length),void 0===data.optional||IoK8sApiCoreV1SecretEnvSource_validate24(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretEnvSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1SecretEnvSource_validate24.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1SecretEnvSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SecretEnvSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1SecretEnvSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SecretEnvSource_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EnvFromSource.mjs
const IoK8sApiCoreV1EnvFromSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.configMapRef||IoK8sApiCoreV1EnvFromSource_validate22(data.configMapRef,{instancePath:instancePath+"/configMapRef",parentData:data,parentDataProperty:"configMapRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvFromSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1EnvFromSource_validate22.errors)).length),void 0===data.prefix||IoK8sApiCoreV1EnvFromSource_validate26(data.prefix,{instancePath:instancePath+"/prefix",parentData:data,parentDataProperty:"prefix",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvFromSource_validate26.errors:vErrors.concat(IoK8sApiCoreV1EnvFromSource_validate26.errors)).length),void 0===data.secretRef||IoK8sApiCoreV1EnvFromSource_validate28(data.secretRef,{instancePath:instancePath+"/secretRef",parentData:data,parentDataProperty:"secretRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvFromSource_validate28.errors:vErrors.concat(IoK8sApiCoreV1EnvFromSource_validate28.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1EnvFromSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ConfigMapEnvSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapEnvSource_validate.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapEnvSource_validate.errors)).length),IoK8sApiCoreV1EnvFromSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1EnvFromSource_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1EnvFromSource_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1EnvFromSource_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SecretEnvSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretEnvSource_validate.errors:vErrors.concat(IoK8sApiCoreV1SecretEnvSource_validate.errors)).length),IoK8sApiCoreV1EnvFromSource_validate28.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ExecAction.mjs
const IoK8sApiCoreV1ExecAction_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.command||IoK8sApiCoreV1ExecAction_validate22(data.command,{instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ExecAction_validate22.errors:vErrors.concat(IoK8sApiCoreV1ExecAction_validate22.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1ExecAction_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ExecAction_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1ExecAction_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1ExecAction_validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ExecAction_validate23.errors:vErrors.concat(IoK8sApiCoreV1ExecAction_validate23.errors)).length)}return IoK8sApiCoreV1ExecAction_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1HTTPHeader.mjs
const IoK8sApiCoreV1HTTPHeader_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.value){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.name||IoK8sApiCoreV1HTTPHeader_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HTTPHeader_validate21.errors:vErrors.concat(IoK8sApiCoreV1HTTPHeader_validate21.errors)).length),void 0===data.value||IoK8sApiCoreV1HTTPHeader_validate21(data.value,{instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HTTPHeader_validate21.errors:vErrors.concat(IoK8sApiCoreV1HTTPHeader_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1HTTPHeader_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1HTTPHeader_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1HTTPGetAction.mjs
const IoK8sApiCoreV1HTTPGetAction_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.port){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"port"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.host||IoK8sApiCoreV1HTTPGetAction_validate21(data.host,{instancePath:instancePath+"/host",parentData:data,parentDataProperty:"host",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HTTPGetAction_validate21.errors:vErrors.concat(IoK8sApiCoreV1HTTPGetAction_validate21.errors)).length),void 0===data.httpHeaders||IoK8sApiCoreV1HTTPGetAction_validate24(data.httpHeaders,{instancePath:instancePath+"/httpHeaders",parentData:data,parentDataProperty:"httpHeaders",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HTTPGetAction_validate24.errors:vErrors.concat(IoK8sApiCoreV1HTTPGetAction_validate24.errors)).length),void 0===data.path||IoK8sApiCoreV1HTTPGetAction_validate21(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HTTPGetAction_validate21.errors:vErrors.concat(IoK8sApiCoreV1HTTPGetAction_validate21.errors)).length),void 0===data.port||validate31(data.port,{instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData})||(errors=(vErrors=null===vErrors?validate31.errors:vErrors.concat(validate31.errors)).length),void 0===data.scheme||validate35(data.scheme,{instancePath:instancePath+"/scheme",parentData:data,parentDataProperty:"scheme",rootData})||(errors=(vErrors=null===vErrors?validate35.errors:vErrors.concat(validate35.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1HTTPGetAction_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1HTTPGetAction_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1HTTPGetAction_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1HTTPHeader_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HTTPHeader_validate.errors:vErrors.concat(IoK8sApiCoreV1HTTPHeader_validate.errors)).length),IoK8sApiCoreV1HTTPGetAction_validate25.errors=vErrors,0===errors}function IoK8sApiCoreV1HTTPGetAction_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1HTTPGetAction_validate25(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HTTPGetAction_validate25.errors:vErrors.concat(IoK8sApiCoreV1HTTPGetAction_validate25.errors)).length)}return IoK8sApiCoreV1HTTPGetAction_validate24.errors=vErrors,0===errors}function validate31(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return (0,IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t.errors)).length),validate31.errors=vErrors,0===errors}let schema13={enum:["HTTP","HTTPS"]};function validate35(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("HTTP"===data||"HTTPS"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema13.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate35.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SleepAction.mjs
const IoK8sApiCoreV1SleepAction_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.seconds){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"seconds"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.seconds||IoK8sApiCoreV1SleepAction_validate22(data.seconds,{instancePath:instancePath+"/seconds",parentData:data,parentDataProperty:"seconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SleepAction_validate22.errors:vErrors.concat(IoK8sApiCoreV1SleepAction_validate22.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};let IoK8sApiCoreV1SleepAction_formats0=formats/* formats */.F.int64;function IoK8sApiCoreV1SleepAction_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1SleepAction_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1SleepAction_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1TCPSocketAction.mjs
const IoK8sApiCoreV1TCPSocketAction_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.port){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"port"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.host||IoK8sApiCoreV1TCPSocketAction_validate22(data.host,{instancePath:instancePath+"/host",parentData:data,parentDataProperty:"host",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TCPSocketAction_validate22.errors:vErrors.concat(IoK8sApiCoreV1TCPSocketAction_validate22.errors)).length),void 0===data.port||IoK8sApiCoreV1TCPSocketAction_validate24(data.port,{instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TCPSocketAction_validate24.errors:vErrors.concat(IoK8sApiCoreV1TCPSocketAction_validate24.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1TCPSocketAction_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1TCPSocketAction_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1TCPSocketAction_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return (0,IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t.errors)).length),IoK8sApiCoreV1TCPSocketAction_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1LifecycleHandler.mjs
const IoK8sApiCoreV1LifecycleHandler_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.exec||IoK8sApiCoreV1LifecycleHandler_validate22(data.exec,{instancePath:instancePath+"/exec",parentData:data,parentDataProperty:"exec",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LifecycleHandler_validate22.errors:vErrors.concat(IoK8sApiCoreV1LifecycleHandler_validate22.errors)).length),void 0===data.httpGet||IoK8sApiCoreV1LifecycleHandler_validate26(data.httpGet,{instancePath:instancePath+"/httpGet",parentData:data,parentDataProperty:"httpGet",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LifecycleHandler_validate26.errors:vErrors.concat(IoK8sApiCoreV1LifecycleHandler_validate26.errors)).length),void 0===data.sleep||IoK8sApiCoreV1LifecycleHandler_validate30(data.sleep,{instancePath:instancePath+"/sleep",parentData:data,parentDataProperty:"sleep",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LifecycleHandler_validate30.errors:vErrors.concat(IoK8sApiCoreV1LifecycleHandler_validate30.errors)).length),void 0===data.tcpSocket||IoK8sApiCoreV1LifecycleHandler_validate34(data.tcpSocket,{instancePath:instancePath+"/tcpSocket",parentData:data,parentDataProperty:"tcpSocket",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LifecycleHandler_validate34.errors:vErrors.concat(IoK8sApiCoreV1LifecycleHandler_validate34.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1LifecycleHandler_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ExecAction_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ExecAction_validate.errors:vErrors.concat(IoK8sApiCoreV1ExecAction_validate.errors)).length),IoK8sApiCoreV1LifecycleHandler_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1LifecycleHandler_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1HTTPGetAction_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HTTPGetAction_validate.errors:vErrors.concat(IoK8sApiCoreV1HTTPGetAction_validate.errors)).length),IoK8sApiCoreV1LifecycleHandler_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1LifecycleHandler_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SleepAction_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SleepAction_validate.errors:vErrors.concat(IoK8sApiCoreV1SleepAction_validate.errors)).length),IoK8sApiCoreV1LifecycleHandler_validate30.errors=vErrors,0===errors}function IoK8sApiCoreV1LifecycleHandler_validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1TCPSocketAction_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TCPSocketAction_validate.errors:vErrors.concat(IoK8sApiCoreV1TCPSocketAction_validate.errors)).length),IoK8sApiCoreV1LifecycleHandler_validate34.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Lifecycle.mjs
const IoK8sApiCoreV1Lifecycle_validate=function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.postStart||IoK8sApiCoreV1Lifecycle_validate21(data.postStart,{instancePath:instancePath+"/postStart",parentData:data,parentDataProperty:"postStart",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Lifecycle_validate21.errors:vErrors.concat(IoK8sApiCoreV1Lifecycle_validate21.errors)).length),void 0===data.preStop||IoK8sApiCoreV1Lifecycle_validate21(data.preStop,{instancePath:instancePath+"/preStop",parentData:data,parentDataProperty:"preStop",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Lifecycle_validate21.errors:vErrors.concat(IoK8sApiCoreV1Lifecycle_validate21.errors)).length),void 0===data.stopSignal||validate27(data.stopSignal,{instancePath:instancePath+"/stopSignal",parentData:data,parentDataProperty:"stopSignal",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate24.errors=vErrors,0===errors};function IoK8sApiCoreV1Lifecycle_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1LifecycleHandler_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LifecycleHandler_validate.errors:vErrors.concat(IoK8sApiCoreV1LifecycleHandler_validate.errors)).length),IoK8sApiCoreV1Lifecycle_validate21.errors=vErrors,0===errors}let IoK8sApiCoreV1Lifecycle_schema9={enum:["SIGABRT","SIGALRM","SIGBUS","SIGCHLD","SIGCLD","SIGCONT","SIGFPE","SIGHUP","SIGILL","SIGINT","SIGIO","SIGIOT","SIGKILL","SIGPIPE","SIGPOLL","SIGPROF","SIGPWR","SIGQUIT","SIGRTMAX","SIGRTMAX-1","SIGRTMAX-10","SIGRTMAX-11","SIGRTMAX-12","SIGRTMAX-13","SIGRTMAX-14","SIGRTMAX-2","SIGRTMAX-3","SIGRTMAX-4","SIGRTMAX-5","SIGRTMAX-6","SIGRTMAX-7","SIGRTMAX-8","SIGRTMAX-9","SIGRTMIN","SIGRTMIN+1","SIGRTMIN+10","SIGRTMIN+11","SIGRTMIN+12","SIGRTMIN+13","SIGRTMIN+14","SIGRTMIN+15","SIGRTMIN+2","SIGRTMIN+3","SIGRTMIN+4","SIGRTMIN+5","SIGRTMIN+6","SIGRTMIN+7","SIGRTMIN+8","SIGRTMIN+9","SIGSEGV","SIGSTKFLT","SIGSTOP","SIGSYS","SIGTERM","SIGTRAP","SIGTSTP","SIGTTIN","SIGTTOU","SIGURG","SIGUSR1","SIGUSR2","SIGVTALRM","SIGWINCH","SIGXCPU","SIGXFSZ"]};function validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("SIGABRT"===data||"SIGALRM"===data||"SIGBUS"===data||"SIGCHLD"===data||"SIGCLD"===data||"SIGCONT"===data||"SIGFPE"===data||"SIGHUP"===data||"SIGILL"===data||"SIGINT"===data||"SIGIO"===data||"SIGIOT"===data||"SIGKILL"===data||"SIGPIPE"===data||"SIGPOLL"===data||"SIGPROF"===data||"SIGPWR"===data||"SIGQUIT"===data||"SIGRTMAX"===data||"SIGRTMAX-1"===data||"SIGRTMAX-10"===data||"SIGRTMAX-11"===data||"SIGRTMAX-12"===data||"SIGRTMAX-13"===data||"SIGRTMAX-14"===data||"SIGRTMAX-2"===data||"SIGRTMAX-3"===data||"SIGRTMAX-4"===data||"SIGRTMAX-5"===data||"SIGRTMAX-6"===data||"SIGRTMAX-7"===data||"SIGRTMAX-8"===data||"SIGRTMAX-9"===data||"SIGRTMIN"===data||"SIGRTMIN+1"===data||"SIGRTMIN+10"===data||"SIGRTMIN+11"===data||"SIGRTMIN+12"===data||"SIGRTMIN+13"===data||"SIGRTMIN+14"===data||"SIGRTMIN+15"===data||"SIGRTMIN+2"===data||"SIGRTMIN+3"===data||"SIGRTMIN+4"===data||"SIGRTMIN+5"===data||"SIGRTMIN+6"===data||"SIGRTMIN+7"===data||"SIGRTMIN+8"===data||"SIGRTMIN+9"===data||"SIGSEGV"===data||"SIGSTKFLT"===data||"SIGSTOP"===data||"SIGSYS"===data||"SIGTERM"===data||"SIGTRAP"===data||"SIGTSTP"===data||"SIGTTIN"===data||"SIGTTOU"===data||"SIGURG"===data||"SIGUSR1"===data||"SIGUSR2"===data||"SIGVTALRM"===data||"SIGWINCH"===data||"SIGXCPU"===data||"SIGXFSZ"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1Lifecycle_schema9.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate27.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1GRPCAction.mjs
const IoK8sApiCoreV1GRPCAction_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.port){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"port"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.port||IoK8sApiCoreV1GRPCAction_validate22(data.port,{instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GRPCAction_validate22.errors:vErrors.concat(IoK8sApiCoreV1GRPCAction_validate22.errors)).length),void 0===data.service||IoK8sApiCoreV1GRPCAction_validate24(data.service,{instancePath:instancePath+"/service",parentData:data,parentDataProperty:"service",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GRPCAction_validate24.errors:vErrors.concat(IoK8sApiCoreV1GRPCAction_validate24.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};let IoK8sApiCoreV1GRPCAction_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1GRPCAction_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1GRPCAction_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1GRPCAction_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1GRPCAction_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1GRPCAction_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Probe.mjs
const IoK8sApiCoreV1Probe_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.exec||IoK8sApiCoreV1Probe_validate23(data.exec,{instancePath:instancePath+"/exec",parentData:data,parentDataProperty:"exec",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Probe_validate23.errors:vErrors.concat(IoK8sApiCoreV1Probe_validate23.errors)).length),void 0===data.failureThreshold||IoK8sApiCoreV1Probe_validate21(data.failureThreshold,{instancePath:instancePath+"/failureThreshold",parentData:data,parentDataProperty:"failureThreshold",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Probe_validate21.errors:vErrors.concat(IoK8sApiCoreV1Probe_validate21.errors)).length),void 0===data.grpc||IoK8sApiCoreV1Probe_validate28(data.grpc,{instancePath:instancePath+"/grpc",parentData:data,parentDataProperty:"grpc",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Probe_validate28.errors:vErrors.concat(IoK8sApiCoreV1Probe_validate28.errors)).length),void 0===data.httpGet||validate32(data.httpGet,{instancePath:instancePath+"/httpGet",parentData:data,parentDataProperty:"httpGet",rootData})||(errors=(vErrors=null===vErrors?validate32.errors:vErrors.concat(validate32.errors)).length),void 0===data.initialDelaySeconds||IoK8sApiCoreV1Probe_validate21(data.initialDelaySeconds,{instancePath:instancePath+"/initialDelaySeconds",parentData:data,parentDataProperty:"initialDelaySeconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Probe_validate21.errors:vErrors.concat(IoK8sApiCoreV1Probe_validate21.errors)).length),void 0===data.periodSeconds||IoK8sApiCoreV1Probe_validate21(data.periodSeconds,{instancePath:instancePath+"/periodSeconds",parentData:data,parentDataProperty:"periodSeconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Probe_validate21.errors:vErrors.concat(IoK8sApiCoreV1Probe_validate21.errors)).length),void 0===data.successThreshold||IoK8sApiCoreV1Probe_validate21(data.successThreshold,{instancePath:instancePath+"/successThreshold",parentData:data,parentDataProperty:"successThreshold",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Probe_validate21.errors:vErrors.concat(IoK8sApiCoreV1Probe_validate21.errors)).length),void 0===data.tcpSocket||validate39(data.tcpSocket,{instancePath:instancePath+"/tcpSocket",parentData:data,parentDataProperty:"tcpSocket",rootData})||(errors=(vErrors=null===vErrors?validate39.errors:vErrors.concat(validate39.errors)).length),void 0===data.terminationGracePeriodSeconds||validate43(data.terminationGracePeriodSeconds,{instancePath:instancePath+"/terminationGracePeriodSeconds",parentData:data,parentDataProperty:"terminationGracePeriodSeconds",rootData})||(errors=(vErrors=null===vErrors?validate43.errors:vErrors.concat(validate43.errors)).length),void 0===data.timeoutSeconds||IoK8sApiCoreV1Probe_validate21(data.timeoutSeconds,{instancePath:instancePath+"/timeoutSeconds",parentData:data,parentDataProperty:"timeoutSeconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Probe_validate21.errors:vErrors.concat(IoK8sApiCoreV1Probe_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1Probe_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ExecAction_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ExecAction_validate.errors:vErrors.concat(IoK8sApiCoreV1ExecAction_validate.errors)).length),IoK8sApiCoreV1Probe_validate23.errors=vErrors,0===errors}let IoK8sApiCoreV1Probe_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1Probe_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1Probe_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1Probe_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1Probe_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1GRPCAction_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GRPCAction_validate.errors:vErrors.concat(IoK8sApiCoreV1GRPCAction_validate.errors)).length),IoK8sApiCoreV1Probe_validate28.errors=vErrors,0===errors}function validate32(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1HTTPGetAction_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HTTPGetAction_validate.errors:vErrors.concat(IoK8sApiCoreV1HTTPGetAction_validate.errors)).length),validate32.errors=vErrors,0===errors}function validate39(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1TCPSocketAction_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TCPSocketAction_validate.errors:vErrors.concat(IoK8sApiCoreV1TCPSocketAction_validate.errors)).length),validate39.errors=vErrors,0===errors}let formats2=formats/* formats */.F.int64;function validate43(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!formats2.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate43.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ContainerPort.mjs
const IoK8sApiCoreV1ContainerPort_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.containerPort){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"containerPort"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.containerPort||IoK8sApiCoreV1ContainerPort_validate23(data.containerPort,{instancePath:instancePath+"/containerPort",parentData:data,parentDataProperty:"containerPort",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ContainerPort_validate23.errors:vErrors.concat(IoK8sApiCoreV1ContainerPort_validate23.errors)).length),void 0===data.hostIP||IoK8sApiCoreV1ContainerPort_validate21(data.hostIP,{instancePath:instancePath+"/hostIP",parentData:data,parentDataProperty:"hostIP",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ContainerPort_validate21.errors:vErrors.concat(IoK8sApiCoreV1ContainerPort_validate21.errors)).length),void 0===data.hostPort||IoK8sApiCoreV1ContainerPort_validate26(data.hostPort,{instancePath:instancePath+"/hostPort",parentData:data,parentDataProperty:"hostPort",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ContainerPort_validate26.errors:vErrors.concat(IoK8sApiCoreV1ContainerPort_validate26.errors)).length),void 0===data.name||IoK8sApiCoreV1ContainerPort_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ContainerPort_validate21.errors:vErrors.concat(IoK8sApiCoreV1ContainerPort_validate21.errors)).length),void 0===data.protocol||IoK8sApiCoreV1ContainerPort_validate29(data.protocol,{instancePath:instancePath+"/protocol",parentData:data,parentDataProperty:"protocol",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ContainerPort_validate29.errors:vErrors.concat(IoK8sApiCoreV1ContainerPort_validate29.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors};let IoK8sApiCoreV1ContainerPort_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1ContainerPort_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1ContainerPort_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1ContainerPort_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1ContainerPort_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ContainerPort_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1ContainerPort_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1ContainerPort_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1ContainerPort_validate26.errors=vErrors,0===errors}let schema10={enum:["SCTP","TCP","UDP"]};function IoK8sApiCoreV1ContainerPort_validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("SCTP"===data||"TCP"===data||"UDP"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema10.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1ContainerPort_validate29.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ContainerResizePolicy.mjs
const IoK8sApiCoreV1ContainerResizePolicy_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.resourceName){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"resourceName"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.restartPolicy){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"restartPolicy"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.resourceName||IoK8sApiCoreV1ContainerResizePolicy_validate21(data.resourceName,{instancePath:instancePath+"/resourceName",parentData:data,parentDataProperty:"resourceName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ContainerResizePolicy_validate21.errors:vErrors.concat(IoK8sApiCoreV1ContainerResizePolicy_validate21.errors)).length),void 0===data.restartPolicy||IoK8sApiCoreV1ContainerResizePolicy_validate21(data.restartPolicy,{instancePath:instancePath+"/restartPolicy",parentData:data,parentDataProperty:"restartPolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ContainerResizePolicy_validate21.errors:vErrors.concat(IoK8sApiCoreV1ContainerResizePolicy_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1ContainerResizePolicy_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ContainerResizePolicy_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ResourceClaim.mjs
const IoK8sApiCoreV1ResourceClaim_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.name||IoK8sApiCoreV1ResourceClaim_validate22(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceClaim_validate22.errors:vErrors.concat(IoK8sApiCoreV1ResourceClaim_validate22.errors)).length),void 0===data.request||IoK8sApiCoreV1ResourceClaim_validate24(data.request,{instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceClaim_validate24.errors:vErrors.concat(IoK8sApiCoreV1ResourceClaim_validate24.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1ResourceClaim_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ResourceClaim_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ResourceClaim_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ResourceClaim_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ResourceRequirements.mjs
const IoK8sApiCoreV1ResourceRequirements_validate=function validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.claims||IoK8sApiCoreV1ResourceRequirements_validate27(data.claims,{instancePath:instancePath+"/claims",parentData:data,parentDataProperty:"claims",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceRequirements_validate27.errors:vErrors.concat(IoK8sApiCoreV1ResourceRequirements_validate27.errors)).length),void 0===data.limits||IoK8sApiCoreV1ResourceRequirements_validate21(data.limits,{instancePath:instancePath+"/limits",parentData:data,parentDataProperty:"limits",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceRequirements_validate21.errors:vErrors.concat(IoK8sApiCoreV1ResourceRequirements_validate21.errors)).length),void 0===data.requests||IoK8sApiCoreV1ResourceRequirements_validate21(data.requests,{instancePath:instancePath+"/requests",parentData:data,parentDataProperty:"requests",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceRequirements_validate21.errors:vErrors.concat(IoK8sApiCoreV1ResourceRequirements_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate26.errors=vErrors,0===errors};function IoK8sApiCoreV1ResourceRequirements_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1ResourceClaim_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceClaim_validate.errors:vErrors.concat(IoK8sApiCoreV1ResourceClaim_validate.errors)).length),IoK8sApiCoreV1ResourceRequirements_validate28.errors=vErrors,0===errors}function IoK8sApiCoreV1ResourceRequirements_validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1ResourceRequirements_validate28(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceRequirements_validate28.errors:vErrors.concat(IoK8sApiCoreV1ResourceRequirements_validate28.errors)).length)}return IoK8sApiCoreV1ResourceRequirements_validate27.errors=vErrors,0===errors}function IoK8sApiCoreV1ResourceRequirements_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApimachineryPkgApiResourceQuantity_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApiResourceQuantity_validate.errors:vErrors.concat(IoK8sApimachineryPkgApiResourceQuantity_validate.errors)).length),IoK8sApiCoreV1ResourceRequirements_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ResourceRequirements_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)IoK8sApiCoreV1ResourceRequirements_validate22(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceRequirements_validate22.errors:vErrors.concat(IoK8sApiCoreV1ResourceRequirements_validate22.errors)).length);return IoK8sApiCoreV1ResourceRequirements_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1AppArmorProfile.mjs
const IoK8sApiCoreV1AppArmorProfile_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.type){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"type"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.localhostProfile||IoK8sApiCoreV1AppArmorProfile_validate22(data.localhostProfile,{instancePath:instancePath+"/localhostProfile",parentData:data,parentDataProperty:"localhostProfile",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AppArmorProfile_validate22.errors:vErrors.concat(IoK8sApiCoreV1AppArmorProfile_validate22.errors)).length),void 0===data.type||IoK8sApiCoreV1AppArmorProfile_validate24(data.type,{instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AppArmorProfile_validate24.errors:vErrors.concat(IoK8sApiCoreV1AppArmorProfile_validate24.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1AppArmorProfile_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1AppArmorProfile_validate22.errors=vErrors,0===errors}let IoK8sApiCoreV1AppArmorProfile_schema8={enum:["Localhost","RuntimeDefault","Unconfined"]};function IoK8sApiCoreV1AppArmorProfile_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Localhost"===data||"RuntimeDefault"===data||"Unconfined"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1AppArmorProfile_schema8.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1AppArmorProfile_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Capabilities.mjs
const IoK8sApiCoreV1Capabilities_validate=function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.add||IoK8sApiCoreV1Capabilities_validate21(data.add,{instancePath:instancePath+"/add",parentData:data,parentDataProperty:"add",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Capabilities_validate21.errors:vErrors.concat(IoK8sApiCoreV1Capabilities_validate21.errors)).length),void 0===data.drop||IoK8sApiCoreV1Capabilities_validate21(data.drop,{instancePath:instancePath+"/drop",parentData:data,parentDataProperty:"drop",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Capabilities_validate21.errors:vErrors.concat(IoK8sApiCoreV1Capabilities_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate24.errors=vErrors,0===errors};function IoK8sApiCoreV1Capabilities_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1Capabilities_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1Capabilities_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1Capabilities_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Capabilities_validate22.errors:vErrors.concat(IoK8sApiCoreV1Capabilities_validate22.errors)).length)}return IoK8sApiCoreV1Capabilities_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SELinuxOptions.mjs
const IoK8sApiCoreV1SELinuxOptions_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.level||IoK8sApiCoreV1SELinuxOptions_validate21(data.level,{instancePath:instancePath+"/level",parentData:data,parentDataProperty:"level",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SELinuxOptions_validate21.errors:vErrors.concat(IoK8sApiCoreV1SELinuxOptions_validate21.errors)).length),void 0===data.role||IoK8sApiCoreV1SELinuxOptions_validate21(data.role,{instancePath:instancePath+"/role",parentData:data,parentDataProperty:"role",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SELinuxOptions_validate21.errors:vErrors.concat(IoK8sApiCoreV1SELinuxOptions_validate21.errors)).length),void 0===data.type||IoK8sApiCoreV1SELinuxOptions_validate21(data.type,{instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SELinuxOptions_validate21.errors:vErrors.concat(IoK8sApiCoreV1SELinuxOptions_validate21.errors)).length),void 0===data.user||IoK8sApiCoreV1SELinuxOptions_validate21(data.user,{instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SELinuxOptions_validate21.errors:vErrors.concat(IoK8sApiCoreV1SELinuxOptions_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1SELinuxOptions_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SELinuxOptions_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SeccompProfile.mjs
const IoK8sApiCoreV1SeccompProfile_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.type){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"type"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.localhostProfile||IoK8sApiCoreV1SeccompProfile_validate22(data.localhostProfile,{instancePath:instancePath+"/localhostProfile",parentData:data,parentDataProperty:"localhostProfile",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SeccompProfile_validate22.errors:vErrors.concat(IoK8sApiCoreV1SeccompProfile_validate22.errors)).length),void 0===data.type||IoK8sApiCoreV1SeccompProfile_validate24(data.type,{instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SeccompProfile_validate24.errors:vErrors.concat(IoK8sApiCoreV1SeccompProfile_validate24.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1SeccompProfile_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SeccompProfile_validate22.errors=vErrors,0===errors}let IoK8sApiCoreV1SeccompProfile_schema8={enum:["Localhost","RuntimeDefault","Unconfined"]};function IoK8sApiCoreV1SeccompProfile_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Localhost"===data||"RuntimeDefault"===data||"Unconfined"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1SeccompProfile_schema8.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1SeccompProfile_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1WindowsSecurityContextOptions.mjs
const IoK8sApiCoreV1WindowsSecurityContextOptions_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.gmsaCredentialSpec||IoK8sApiCoreV1WindowsSecurityContextOptions_validate21(data.gmsaCredentialSpec,{instancePath:instancePath+"/gmsaCredentialSpec",parentData:data,parentDataProperty:"gmsaCredentialSpec",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1WindowsSecurityContextOptions_validate21.errors:vErrors.concat(IoK8sApiCoreV1WindowsSecurityContextOptions_validate21.errors)).length),void 0===data.gmsaCredentialSpecName||IoK8sApiCoreV1WindowsSecurityContextOptions_validate21(data.gmsaCredentialSpecName,{instancePath:instancePath+"/gmsaCredentialSpecName",parentData:data,parentDataProperty:"gmsaCredentialSpecName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1WindowsSecurityContextOptions_validate21.errors:vErrors.concat(IoK8sApiCoreV1WindowsSecurityContextOptions_validate21.errors)).length),void 0===data.hostProcess||IoK8sApiCoreV1WindowsSecurityContextOptions_validate25(data.hostProcess,{instancePath:instancePath+"/hostProcess",parentData:data,parentDataProperty:"hostProcess",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1WindowsSecurityContextOptions_validate25.errors:vErrors.concat(IoK8sApiCoreV1WindowsSecurityContextOptions_validate25.errors)).length),void 0===data.runAsUserName||IoK8sApiCoreV1WindowsSecurityContextOptions_validate21(data.runAsUserName,{instancePath:instancePath+"/runAsUserName",parentData:data,parentDataProperty:"runAsUserName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1WindowsSecurityContextOptions_validate21.errors:vErrors.concat(IoK8sApiCoreV1WindowsSecurityContextOptions_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1WindowsSecurityContextOptions_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1WindowsSecurityContextOptions_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1WindowsSecurityContextOptions_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1WindowsSecurityContextOptions_validate25.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SecurityContext.mjs
const IoK8sApiCoreV1SecurityContext_validate=function validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.allowPrivilegeEscalation||IoK8sApiCoreV1SecurityContext_validate21(data.allowPrivilegeEscalation,{instancePath:instancePath+"/allowPrivilegeEscalation",parentData:data,parentDataProperty:"allowPrivilegeEscalation",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecurityContext_validate21.errors:vErrors.concat(IoK8sApiCoreV1SecurityContext_validate21.errors)).length),void 0===data.appArmorProfile||IoK8sApiCoreV1SecurityContext_validate25(data.appArmorProfile,{instancePath:instancePath+"/appArmorProfile",parentData:data,parentDataProperty:"appArmorProfile",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecurityContext_validate25.errors:vErrors.concat(IoK8sApiCoreV1SecurityContext_validate25.errors)).length),void 0===data.capabilities||IoK8sApiCoreV1SecurityContext_validate29(data.capabilities,{instancePath:instancePath+"/capabilities",parentData:data,parentDataProperty:"capabilities",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecurityContext_validate29.errors:vErrors.concat(IoK8sApiCoreV1SecurityContext_validate29.errors)).length),void 0===data.privileged||IoK8sApiCoreV1SecurityContext_validate21(data.privileged,{instancePath:instancePath+"/privileged",parentData:data,parentDataProperty:"privileged",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecurityContext_validate21.errors:vErrors.concat(IoK8sApiCoreV1SecurityContext_validate21.errors)).length),void 0===data.procMount||IoK8sApiCoreV1SecurityContext_validate34(data.procMount,{instancePath:instancePath+"/procMount",parentData:data,parentDataProperty:"procMount",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecurityContext_validate34.errors:vErrors.concat(IoK8sApiCoreV1SecurityContext_validate34.errors)).length),void 0===data.readOnlyRootFilesystem||IoK8sApiCoreV1SecurityContext_validate21(data.readOnlyRootFilesystem,{instancePath:instancePath+"/readOnlyRootFilesystem",parentData:data,parentDataProperty:"readOnlyRootFilesystem",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecurityContext_validate21.errors:vErrors.concat(IoK8sApiCoreV1SecurityContext_validate21.errors)).length),void 0===data.runAsGroup||IoK8sApiCoreV1SecurityContext_validate22(data.runAsGroup,{instancePath:instancePath+"/runAsGroup",parentData:data,parentDataProperty:"runAsGroup",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecurityContext_validate22.errors:vErrors.concat(IoK8sApiCoreV1SecurityContext_validate22.errors)).length),void 0===data.runAsNonRoot||IoK8sApiCoreV1SecurityContext_validate21(data.runAsNonRoot,{instancePath:instancePath+"/runAsNonRoot",parentData:data,parentDataProperty:"runAsNonRoot",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecurityContext_validate21.errors:vErrors.concat(IoK8sApiCoreV1SecurityContext_validate21.errors)).length),void 0===data.runAsUser||IoK8sApiCoreV1SecurityContext_validate22(data.runAsUser,{instancePath:instancePath+"/runAsUser",parentData:data,parentDataProperty:"runAsUser",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecurityContext_validate22.errors:vErrors.concat(IoK8sApiCoreV1SecurityContext_validate22.errors)).length),void 0===data.seLinuxOptions||validate40(data.seLinuxOptions,{instancePath:instancePath+"/seLinuxOptions",parentData:data,parentDataProperty:"seLinuxOptions",rootData})||(errors=(vErrors=null===vErrors?validate40.errors:vErrors.concat(validate40.errors)).length),void 0===data.seccompProfile||validate44(data.seccompProfile,{instancePath:instancePath+"/seccompProfile",parentData:data,parentDataProperty:"seccompProfile",rootData})||(errors=(vErrors=null===vErrors?validate44.errors:vErrors.concat(validate44.errors)).length),void 0===data.windowsOptions||validate48(data.windowsOptions,{instancePath:instancePath+"/windowsOptions",parentData:data,parentDataProperty:"windowsOptions",rootData})||(errors=(vErrors=null===vErrors?validate48.errors:vErrors.concat(validate48.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate23.errors=vErrors,0===errors};function IoK8sApiCoreV1SecurityContext_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SecurityContext_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1SecurityContext_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1AppArmorProfile_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AppArmorProfile_validate.errors:vErrors.concat(IoK8sApiCoreV1AppArmorProfile_validate.errors)).length),IoK8sApiCoreV1SecurityContext_validate25.errors=vErrors,0===errors}function IoK8sApiCoreV1SecurityContext_validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1Capabilities_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Capabilities_validate.errors:vErrors.concat(IoK8sApiCoreV1Capabilities_validate.errors)).length),IoK8sApiCoreV1SecurityContext_validate29.errors=vErrors,0===errors}let IoK8sApiCoreV1SecurityContext_schema13={enum:["Default","Unmasked"]};function IoK8sApiCoreV1SecurityContext_validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Default"===data||"Unmasked"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1SecurityContext_schema13.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1SecurityContext_validate34.errors=vErrors,0===errors}let IoK8sApiCoreV1SecurityContext_formats0=formats/* formats */.F.int64;function IoK8sApiCoreV1SecurityContext_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1SecurityContext_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1SecurityContext_validate22.errors=vErrors,0===errors}function validate40(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SELinuxOptions_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SELinuxOptions_validate.errors:vErrors.concat(IoK8sApiCoreV1SELinuxOptions_validate.errors)).length),validate40.errors=vErrors,0===errors}function validate44(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SeccompProfile_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SeccompProfile_validate.errors:vErrors.concat(IoK8sApiCoreV1SeccompProfile_validate.errors)).length),validate44.errors=vErrors,0===errors}function validate48(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1WindowsSecurityContextOptions_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1WindowsSecurityContextOptions_validate.errors:vErrors.concat(IoK8sApiCoreV1WindowsSecurityContextOptions_validate.errors)).length),validate48.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1VolumeDevice.mjs
const IoK8sApiCoreV1VolumeDevice_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.devicePath){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"devicePath"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.devicePath||IoK8sApiCoreV1VolumeDevice_validate21(data.devicePath,{instancePath:instancePath+"/devicePath",parentData:data,parentDataProperty:"devicePath",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeDevice_validate21.errors:vErrors.concat(IoK8sApiCoreV1VolumeDevice_validate21.errors)).length),void 0===data.name||IoK8sApiCoreV1VolumeDevice_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeDevice_validate21.errors:vErrors.concat(IoK8sApiCoreV1VolumeDevice_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1VolumeDevice_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1VolumeDevice_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1VolumeMount.mjs
const IoK8sApiCoreV1VolumeMount_validate=function validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.mountPath){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"mountPath"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.mountPath||IoK8sApiCoreV1VolumeMount_validate21(data.mountPath,{instancePath:instancePath+"/mountPath",parentData:data,parentDataProperty:"mountPath",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeMount_validate21.errors:vErrors.concat(IoK8sApiCoreV1VolumeMount_validate21.errors)).length),void 0===data.mountPropagation||IoK8sApiCoreV1VolumeMount_validate25(data.mountPropagation,{instancePath:instancePath+"/mountPropagation",parentData:data,parentDataProperty:"mountPropagation",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeMount_validate25.errors:vErrors.concat(IoK8sApiCoreV1VolumeMount_validate25.errors)).length),void 0===data.name||IoK8sApiCoreV1VolumeMount_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeMount_validate21.errors:vErrors.concat(IoK8sApiCoreV1VolumeMount_validate21.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1VolumeMount_validate28(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeMount_validate28.errors:vErrors.concat(IoK8sApiCoreV1VolumeMount_validate28.errors)).length),void 0===data.recursiveReadOnly||IoK8sApiCoreV1VolumeMount_validate22(data.recursiveReadOnly,{instancePath:instancePath+"/recursiveReadOnly",parentData:data,parentDataProperty:"recursiveReadOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeMount_validate22.errors:vErrors.concat(IoK8sApiCoreV1VolumeMount_validate22.errors)).length),void 0===data.subPath||IoK8sApiCoreV1VolumeMount_validate22(data.subPath,{instancePath:instancePath+"/subPath",parentData:data,parentDataProperty:"subPath",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeMount_validate22.errors:vErrors.concat(IoK8sApiCoreV1VolumeMount_validate22.errors)).length),void 0===data.subPathExpr||IoK8sApiCoreV1VolumeMount_validate22(data.subPathExpr,{instancePath:instancePath+"/subPathExpr",parentData:data,parentDataProperty:"subPathExpr",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeMount_validate22.errors:vErrors.concat(IoK8sApiCoreV1VolumeMount_validate22.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate23.errors=vErrors,0===errors};function IoK8sApiCoreV1VolumeMount_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1VolumeMount_validate21.errors=vErrors,0===errors}let IoK8sApiCoreV1VolumeMount_schema9={enum:["Bidirectional","HostToContainer","None"]};function IoK8sApiCoreV1VolumeMount_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Bidirectional"===data||"HostToContainer"===data||"None"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1VolumeMount_schema9.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1VolumeMount_validate25.errors=vErrors,0===errors}function IoK8sApiCoreV1VolumeMount_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1VolumeMount_validate28.errors=vErrors,0===errors}function IoK8sApiCoreV1VolumeMount_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1VolumeMount_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Container.mjs
const IoK8sApiCoreV1Container_validate=function validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.args||IoK8sApiCoreV1Container_validate21(data.args,{instancePath:instancePath+"/args",parentData:data,parentDataProperty:"args",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate21.errors:vErrors.concat(IoK8sApiCoreV1Container_validate21.errors)).length),void 0===data.command||IoK8sApiCoreV1Container_validate21(data.command,{instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate21.errors:vErrors.concat(IoK8sApiCoreV1Container_validate21.errors)).length),void 0===data.env||IoK8sApiCoreV1Container_validate32(data.env,{instancePath:instancePath+"/env",parentData:data,parentDataProperty:"env",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate32.errors:vErrors.concat(IoK8sApiCoreV1Container_validate32.errors)).length),void 0===data.envFrom||validate38(data.envFrom,{instancePath:instancePath+"/envFrom",parentData:data,parentDataProperty:"envFrom",rootData})||(errors=(vErrors=null===vErrors?validate38.errors:vErrors.concat(validate38.errors)).length),void 0===data.image||IoK8sApiCoreV1Container_validate27(data.image,{instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate27.errors:vErrors.concat(IoK8sApiCoreV1Container_validate27.errors)).length),void 0===data.imagePullPolicy||validate45(data.imagePullPolicy,{instancePath:instancePath+"/imagePullPolicy",parentData:data,parentDataProperty:"imagePullPolicy",rootData})||(errors=(vErrors=null===vErrors?validate45.errors:vErrors.concat(validate45.errors)).length),void 0===data.lifecycle||validate47(data.lifecycle,{instancePath:instancePath+"/lifecycle",parentData:data,parentDataProperty:"lifecycle",rootData})||(errors=(vErrors=null===vErrors?validate47.errors:vErrors.concat(validate47.errors)).length),void 0===data.livenessProbe||IoK8sApiCoreV1Container_validate24(data.livenessProbe,{instancePath:instancePath+"/livenessProbe",parentData:data,parentDataProperty:"livenessProbe",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate24.errors:vErrors.concat(IoK8sApiCoreV1Container_validate24.errors)).length),void 0===data.name||IoK8sApiCoreV1Container_validate22(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate22.errors:vErrors.concat(IoK8sApiCoreV1Container_validate22.errors)).length),void 0===data.ports||validate53(data.ports,{instancePath:instancePath+"/ports",parentData:data,parentDataProperty:"ports",rootData})||(errors=(vErrors=null===vErrors?validate53.errors:vErrors.concat(validate53.errors)).length),void 0===data.readinessProbe||IoK8sApiCoreV1Container_validate24(data.readinessProbe,{instancePath:instancePath+"/readinessProbe",parentData:data,parentDataProperty:"readinessProbe",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate24.errors:vErrors.concat(IoK8sApiCoreV1Container_validate24.errors)).length),void 0===data.resizePolicy||validate60(data.resizePolicy,{instancePath:instancePath+"/resizePolicy",parentData:data,parentDataProperty:"resizePolicy",rootData})||(errors=(vErrors=null===vErrors?validate60.errors:vErrors.concat(validate60.errors)).length),void 0===data.resources||validate66(data.resources,{instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData})||(errors=(vErrors=null===vErrors?validate66.errors:vErrors.concat(validate66.errors)).length),void 0===data.restartPolicy||IoK8sApiCoreV1Container_validate27(data.restartPolicy,{instancePath:instancePath+"/restartPolicy",parentData:data,parentDataProperty:"restartPolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate27.errors:vErrors.concat(IoK8sApiCoreV1Container_validate27.errors)).length),void 0===data.securityContext||validate71(data.securityContext,{instancePath:instancePath+"/securityContext",parentData:data,parentDataProperty:"securityContext",rootData})||(errors=(vErrors=null===vErrors?validate71.errors:vErrors.concat(validate71.errors)).length),void 0===data.startupProbe||IoK8sApiCoreV1Container_validate24(data.startupProbe,{instancePath:instancePath+"/startupProbe",parentData:data,parentDataProperty:"startupProbe",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate24.errors:vErrors.concat(IoK8sApiCoreV1Container_validate24.errors)).length),void 0===data.stdin||IoK8sApiCoreV1Container_validate28(data.stdin,{instancePath:instancePath+"/stdin",parentData:data,parentDataProperty:"stdin",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate28.errors:vErrors.concat(IoK8sApiCoreV1Container_validate28.errors)).length),void 0===data.stdinOnce||IoK8sApiCoreV1Container_validate28(data.stdinOnce,{instancePath:instancePath+"/stdinOnce",parentData:data,parentDataProperty:"stdinOnce",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate28.errors:vErrors.concat(IoK8sApiCoreV1Container_validate28.errors)).length),void 0===data.terminationMessagePath||IoK8sApiCoreV1Container_validate27(data.terminationMessagePath,{instancePath:instancePath+"/terminationMessagePath",parentData:data,parentDataProperty:"terminationMessagePath",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate27.errors:vErrors.concat(IoK8sApiCoreV1Container_validate27.errors)).length),void 0===data.terminationMessagePolicy||validate79(data.terminationMessagePolicy,{instancePath:instancePath+"/terminationMessagePolicy",parentData:data,parentDataProperty:"terminationMessagePolicy",rootData})||(errors=(vErrors=null===vErrors?validate79.errors:vErrors.concat(validate79.errors)).length),void 0===data.tty||IoK8sApiCoreV1Container_validate28(data.tty,{instancePath:instancePath+"/tty",parentData:data,parentDataProperty:"tty",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate28.errors:vErrors.concat(IoK8sApiCoreV1Container_validate28.errors)).length),void 0===data.volumeDevices||validate82(data.volumeDevices,{instancePath:instancePath+"/volumeDevices",parentData:data,parentDataProperty:"volumeDevices",rootData})||(errors=(vErrors=null===vErrors?validate82.errors:vErrors.concat(validate82.errors)).length),void 0===data.volumeMounts||validate88(data.volumeMounts,{instancePath:instancePath+"/volumeMounts",parentData:data,parentDataProperty:"volumeMounts",rootData})||(errors=(vErrors=null===vErrors?validate88.errors:vErrors.concat(validate88.errors)).length),void 0===data.workingDir||IoK8sApiCoreV1Container_validate27(data.workingDir,{instancePath:instancePath+"/workingDir",parentData:data,parentDataProperty:"workingDir",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate27.errors:vErrors.concat(IoK8sApiCoreV1Container_validate27.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate29.errors=vErrors,0===errors};function IoK8sApiCoreV1Container_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1Container_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1Container_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1Container_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate22.errors:vErrors.concat(IoK8sApiCoreV1Container_validate22.errors)).length)}return IoK8sApiCoreV1Container_validate21.errors=vErrors,0===errors}function validate33(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1EnvVar_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvVar_validate.errors:vErrors.concat(IoK8sApiCoreV1EnvVar_validate.errors)).length),validate33.errors=vErrors,0===errors}function IoK8sApiCoreV1Container_validate32(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate33(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate33.errors:vErrors.concat(validate33.errors)).length)}return IoK8sApiCoreV1Container_validate32.errors=vErrors,0===errors}function IoK8sApiCoreV1Container_validate39(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1EnvFromSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvFromSource_validate.errors:vErrors.concat(IoK8sApiCoreV1EnvFromSource_validate.errors)).length),IoK8sApiCoreV1Container_validate39.errors=vErrors,0===errors}function validate38(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1Container_validate39(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate39.errors:vErrors.concat(IoK8sApiCoreV1Container_validate39.errors)).length)}return validate38.errors=vErrors,0===errors}function IoK8sApiCoreV1Container_validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1Container_validate27.errors=vErrors,0===errors}let schema19={enum:["Always","IfNotPresent","Never"]};function validate45(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Always"===data||"IfNotPresent"===data||"Never"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema19.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate45.errors=vErrors,0===errors}function validate47(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1Lifecycle_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Lifecycle_validate.errors:vErrors.concat(IoK8sApiCoreV1Lifecycle_validate.errors)).length),validate47.errors=vErrors,0===errors}function IoK8sApiCoreV1Container_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1Probe_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Probe_validate.errors:vErrors.concat(IoK8sApiCoreV1Probe_validate.errors)).length),IoK8sApiCoreV1Container_validate24.errors=vErrors,0===errors}function validate54(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1ContainerPort_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ContainerPort_validate.errors:vErrors.concat(IoK8sApiCoreV1ContainerPort_validate.errors)).length),validate54.errors=vErrors,0===errors}function validate53(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate54(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate54.errors:vErrors.concat(validate54.errors)).length)}return validate53.errors=vErrors,0===errors}function validate61(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1ContainerResizePolicy_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ContainerResizePolicy_validate.errors:vErrors.concat(IoK8sApiCoreV1ContainerResizePolicy_validate.errors)).length),validate61.errors=vErrors,0===errors}function validate60(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate61(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate61.errors:vErrors.concat(validate61.errors)).length)}return validate60.errors=vErrors,0===errors}function validate66(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ResourceRequirements_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceRequirements_validate.errors:vErrors.concat(IoK8sApiCoreV1ResourceRequirements_validate.errors)).length),validate66.errors=vErrors,0===errors}function validate71(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SecurityContext_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecurityContext_validate.errors:vErrors.concat(IoK8sApiCoreV1SecurityContext_validate.errors)).length),validate71.errors=vErrors,0===errors}function IoK8sApiCoreV1Container_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1Container_validate28.errors=vErrors,0===errors}let schema32={enum:["FallbackToLogsOnError","File"]};function validate79(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("FallbackToLogsOnError"===data||"File"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema32.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate79.errors=vErrors,0===errors}function validate83(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1VolumeDevice_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeDevice_validate.errors:vErrors.concat(IoK8sApiCoreV1VolumeDevice_validate.errors)).length),validate83.errors=vErrors,0===errors}function validate82(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate83(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate83.errors:vErrors.concat(validate83.errors)).length)}return validate82.errors=vErrors,0===errors}function validate89(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1VolumeMount_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeMount_validate.errors:vErrors.concat(IoK8sApiCoreV1VolumeMount_validate.errors)).length),validate89.errors=vErrors,0===errors}function validate88(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate89(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate89.errors:vErrors.concat(validate89.errors)).length)}return validate88.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodDNSConfigOption.mjs
const IoK8sApiCoreV1PodDNSConfigOption_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.name||IoK8sApiCoreV1PodDNSConfigOption_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodDNSConfigOption_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodDNSConfigOption_validate21.errors)).length),void 0===data.value||IoK8sApiCoreV1PodDNSConfigOption_validate21(data.value,{instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodDNSConfigOption_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodDNSConfigOption_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1PodDNSConfigOption_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodDNSConfigOption_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodDNSConfig.mjs
const IoK8sApiCoreV1PodDNSConfig_validate=function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.nameservers||IoK8sApiCoreV1PodDNSConfig_validate21(data.nameservers,{instancePath:instancePath+"/nameservers",parentData:data,parentDataProperty:"nameservers",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodDNSConfig_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodDNSConfig_validate21.errors)).length),void 0===data.options||IoK8sApiCoreV1PodDNSConfig_validate26(data.options,{instancePath:instancePath+"/options",parentData:data,parentDataProperty:"options",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodDNSConfig_validate26.errors:vErrors.concat(IoK8sApiCoreV1PodDNSConfig_validate26.errors)).length),void 0===data.searches||IoK8sApiCoreV1PodDNSConfig_validate21(data.searches,{instancePath:instancePath+"/searches",parentData:data,parentDataProperty:"searches",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodDNSConfig_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodDNSConfig_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate24.errors=vErrors,0===errors};function IoK8sApiCoreV1PodDNSConfig_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodDNSConfig_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1PodDNSConfig_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodDNSConfig_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodDNSConfig_validate22.errors:vErrors.concat(IoK8sApiCoreV1PodDNSConfig_validate22.errors)).length)}return IoK8sApiCoreV1PodDNSConfig_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1PodDNSConfig_validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1PodDNSConfigOption_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodDNSConfigOption_validate.errors:vErrors.concat(IoK8sApiCoreV1PodDNSConfigOption_validate.errors)).length),IoK8sApiCoreV1PodDNSConfig_validate27.errors=vErrors,0===errors}function IoK8sApiCoreV1PodDNSConfig_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodDNSConfig_validate27(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodDNSConfig_validate27.errors:vErrors.concat(IoK8sApiCoreV1PodDNSConfig_validate27.errors)).length)}return IoK8sApiCoreV1PodDNSConfig_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EphemeralContainer.mjs
const IoK8sApiCoreV1EphemeralContainer_validate=function validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.args||IoK8sApiCoreV1EphemeralContainer_validate21(data.args,{instancePath:instancePath+"/args",parentData:data,parentDataProperty:"args",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate21.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate21.errors)).length),void 0===data.command||IoK8sApiCoreV1EphemeralContainer_validate21(data.command,{instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate21.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate21.errors)).length),void 0===data.env||IoK8sApiCoreV1EphemeralContainer_validate32(data.env,{instancePath:instancePath+"/env",parentData:data,parentDataProperty:"env",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate32.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate32.errors)).length),void 0===data.envFrom||IoK8sApiCoreV1EphemeralContainer_validate38(data.envFrom,{instancePath:instancePath+"/envFrom",parentData:data,parentDataProperty:"envFrom",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate38.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate38.errors)).length),void 0===data.image||IoK8sApiCoreV1EphemeralContainer_validate27(data.image,{instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate27.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate27.errors)).length),void 0===data.imagePullPolicy||IoK8sApiCoreV1EphemeralContainer_validate45(data.imagePullPolicy,{instancePath:instancePath+"/imagePullPolicy",parentData:data,parentDataProperty:"imagePullPolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate45.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate45.errors)).length),void 0===data.lifecycle||IoK8sApiCoreV1EphemeralContainer_validate47(data.lifecycle,{instancePath:instancePath+"/lifecycle",parentData:data,parentDataProperty:"lifecycle",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate47.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate47.errors)).length),void 0===data.livenessProbe||IoK8sApiCoreV1EphemeralContainer_validate24(data.livenessProbe,{instancePath:instancePath+"/livenessProbe",parentData:data,parentDataProperty:"livenessProbe",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate24.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate24.errors)).length),void 0===data.name||IoK8sApiCoreV1EphemeralContainer_validate22(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate22.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate22.errors)).length),void 0===data.ports||IoK8sApiCoreV1EphemeralContainer_validate53(data.ports,{instancePath:instancePath+"/ports",parentData:data,parentDataProperty:"ports",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate53.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate53.errors)).length),void 0===data.readinessProbe||IoK8sApiCoreV1EphemeralContainer_validate24(data.readinessProbe,{instancePath:instancePath+"/readinessProbe",parentData:data,parentDataProperty:"readinessProbe",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate24.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate24.errors)).length),void 0===data.resizePolicy||IoK8sApiCoreV1EphemeralContainer_validate60(data.resizePolicy,{instancePath:instancePath+"/resizePolicy",parentData:data,parentDataProperty:"resizePolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate60.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate60.errors)).length),void 0===data.resources||IoK8sApiCoreV1EphemeralContainer_validate66(data.resources,{instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate66.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate66.errors)).length),void 0===data.restartPolicy||IoK8sApiCoreV1EphemeralContainer_validate27(data.restartPolicy,{instancePath:instancePath+"/restartPolicy",parentData:data,parentDataProperty:"restartPolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate27.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate27.errors)).length),void 0===data.securityContext||IoK8sApiCoreV1EphemeralContainer_validate71(data.securityContext,{instancePath:instancePath+"/securityContext",parentData:data,parentDataProperty:"securityContext",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate71.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate71.errors)).length),void 0===data.startupProbe||IoK8sApiCoreV1EphemeralContainer_validate24(data.startupProbe,{instancePath:instancePath+"/startupProbe",parentData:data,parentDataProperty:"startupProbe",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate24.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate24.errors)).length),void 0===data.stdin||IoK8sApiCoreV1EphemeralContainer_validate28(data.stdin,{instancePath:instancePath+"/stdin",parentData:data,parentDataProperty:"stdin",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate28.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate28.errors)).length),void 0===data.stdinOnce||IoK8sApiCoreV1EphemeralContainer_validate28(data.stdinOnce,{instancePath:instancePath+"/stdinOnce",parentData:data,parentDataProperty:"stdinOnce",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate28.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate28.errors)).length),void 0===data.targetContainerName||IoK8sApiCoreV1EphemeralContainer_validate27(data.targetContainerName,{instancePath:instancePath+"/targetContainerName",parentData:data,parentDataProperty:"targetContainerName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate27.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate27.errors)).length),void 0===data.terminationMessagePath||IoK8sApiCoreV1EphemeralContainer_validate27(data.terminationMessagePath,{instancePath:instancePath+"/terminationMessagePath",parentData:data,parentDataProperty:"terminationMessagePath",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate27.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate27.errors)).length),void 0===data.terminationMessagePolicy||validate80(data.terminationMessagePolicy,{instancePath:instancePath+"/terminationMessagePolicy",parentData:data,parentDataProperty:"terminationMessagePolicy",rootData})||(errors=(vErrors=null===vErrors?validate80.errors:vErrors.concat(validate80.errors)).length),void 0===data.tty||IoK8sApiCoreV1EphemeralContainer_validate28(data.tty,{instancePath:instancePath+"/tty",parentData:data,parentDataProperty:"tty",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate28.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate28.errors)).length),void 0===data.volumeDevices||IoK8sApiCoreV1EphemeralContainer_validate83(data.volumeDevices,{instancePath:instancePath+"/volumeDevices",parentData:data,parentDataProperty:"volumeDevices",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate83.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate83.errors)).length),void 0===data.volumeMounts||IoK8sApiCoreV1EphemeralContainer_validate89(data.volumeMounts,{instancePath:instancePath+"/volumeMounts",parentData:data,parentDataProperty:"volumeMounts",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate89.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate89.errors)).length),void 0===data.workingDir||IoK8sApiCoreV1EphemeralContainer_validate27(data.workingDir,{instancePath:instancePath+"/workingDir",parentData:data,parentDataProperty:"workingDir",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate27.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate27.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate29.errors=vErrors,0===errors};function IoK8sApiCoreV1EphemeralContainer_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1EphemeralContainer_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1EphemeralContainer_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate22.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate22.errors)).length)}return IoK8sApiCoreV1EphemeralContainer_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate33(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1EnvVar_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvVar_validate.errors:vErrors.concat(IoK8sApiCoreV1EnvVar_validate.errors)).length),IoK8sApiCoreV1EphemeralContainer_validate33.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate32(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1EphemeralContainer_validate33(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate33.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate33.errors)).length)}return IoK8sApiCoreV1EphemeralContainer_validate32.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate39(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1EnvFromSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EnvFromSource_validate.errors:vErrors.concat(IoK8sApiCoreV1EnvFromSource_validate.errors)).length),IoK8sApiCoreV1EphemeralContainer_validate39.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate38(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1EphemeralContainer_validate39(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate39.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate39.errors)).length)}return IoK8sApiCoreV1EphemeralContainer_validate38.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1EphemeralContainer_validate27.errors=vErrors,0===errors}let IoK8sApiCoreV1EphemeralContainer_schema19={enum:["Always","IfNotPresent","Never"]};function IoK8sApiCoreV1EphemeralContainer_validate45(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Always"===data||"IfNotPresent"===data||"Never"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1EphemeralContainer_schema19.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1EphemeralContainer_validate45.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate47(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1Lifecycle_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Lifecycle_validate.errors:vErrors.concat(IoK8sApiCoreV1Lifecycle_validate.errors)).length),IoK8sApiCoreV1EphemeralContainer_validate47.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1Probe_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Probe_validate.errors:vErrors.concat(IoK8sApiCoreV1Probe_validate.errors)).length),IoK8sApiCoreV1EphemeralContainer_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate54(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1ContainerPort_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ContainerPort_validate.errors:vErrors.concat(IoK8sApiCoreV1ContainerPort_validate.errors)).length),IoK8sApiCoreV1EphemeralContainer_validate54.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate53(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1EphemeralContainer_validate54(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate54.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate54.errors)).length)}return IoK8sApiCoreV1EphemeralContainer_validate53.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate61(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1ContainerResizePolicy_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ContainerResizePolicy_validate.errors:vErrors.concat(IoK8sApiCoreV1ContainerResizePolicy_validate.errors)).length),IoK8sApiCoreV1EphemeralContainer_validate61.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate60(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1EphemeralContainer_validate61(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate61.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate61.errors)).length)}return IoK8sApiCoreV1EphemeralContainer_validate60.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate66(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ResourceRequirements_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceRequirements_validate.errors:vErrors.concat(IoK8sApiCoreV1ResourceRequirements_validate.errors)).length),IoK8sApiCoreV1EphemeralContainer_validate66.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate71(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SecurityContext_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecurityContext_validate.errors:vErrors.concat(IoK8sApiCoreV1SecurityContext_validate.errors)).length),IoK8sApiCoreV1EphemeralContainer_validate71.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1EphemeralContainer_validate28.errors=vErrors,0===errors}let IoK8sApiCoreV1EphemeralContainer_schema32={enum:["FallbackToLogsOnError","File"]};function validate80(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("FallbackToLogsOnError"===data||"File"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1EphemeralContainer_schema32.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate80.errors=vErrors,0===errors}function validate84(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1VolumeDevice_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeDevice_validate.errors:vErrors.concat(IoK8sApiCoreV1VolumeDevice_validate.errors)).length),validate84.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate83(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate84(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate84.errors:vErrors.concat(validate84.errors)).length)}return IoK8sApiCoreV1EphemeralContainer_validate83.errors=vErrors,0===errors}function validate90(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1VolumeMount_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeMount_validate.errors:vErrors.concat(IoK8sApiCoreV1VolumeMount_validate.errors)).length),validate90.errors=vErrors,0===errors}function IoK8sApiCoreV1EphemeralContainer_validate89(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate90(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate90.errors:vErrors.concat(validate90.errors)).length)}return IoK8sApiCoreV1EphemeralContainer_validate89.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1HostAlias.mjs
const IoK8sApiCoreV1HostAlias_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.ip){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"ip"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.hostnames||IoK8sApiCoreV1HostAlias_validate23(data.hostnames,{instancePath:instancePath+"/hostnames",parentData:data,parentDataProperty:"hostnames",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HostAlias_validate23.errors:vErrors.concat(IoK8sApiCoreV1HostAlias_validate23.errors)).length),void 0===data.ip||IoK8sApiCoreV1HostAlias_validate21(data.ip,{instancePath:instancePath+"/ip",parentData:data,parentDataProperty:"ip",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HostAlias_validate21.errors:vErrors.concat(IoK8sApiCoreV1HostAlias_validate21.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1HostAlias_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1HostAlias_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1HostAlias_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1HostAlias_validate21(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HostAlias_validate21.errors:vErrors.concat(IoK8sApiCoreV1HostAlias_validate21.errors)).length)}return IoK8sApiCoreV1HostAlias_validate23.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1LocalObjectReference.mjs
const IoK8sApiCoreV1LocalObjectReference_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.name||IoK8sApiCoreV1LocalObjectReference_validate22(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LocalObjectReference_validate22.errors:vErrors.concat(IoK8sApiCoreV1LocalObjectReference_validate22.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1LocalObjectReference_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1LocalObjectReference_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodOS.mjs
const IoK8sApiCoreV1PodOS_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.name||IoK8sApiCoreV1PodOS_validate22(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodOS_validate22.errors:vErrors.concat(IoK8sApiCoreV1PodOS_validate22.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PodOS_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodOS_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodReadinessGate.mjs
const IoK8sApiCoreV1PodReadinessGate_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.conditionType){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"conditionType"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.conditionType||IoK8sApiCoreV1PodReadinessGate_validate22(data.conditionType,{instancePath:instancePath+"/conditionType",parentData:data,parentDataProperty:"conditionType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodReadinessGate_validate22.errors:vErrors.concat(IoK8sApiCoreV1PodReadinessGate_validate22.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PodReadinessGate_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodReadinessGate_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodResourceClaim.mjs
const IoK8sApiCoreV1PodResourceClaim_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.name||IoK8sApiCoreV1PodResourceClaim_validate23(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodResourceClaim_validate23.errors:vErrors.concat(IoK8sApiCoreV1PodResourceClaim_validate23.errors)).length),void 0===data.resourceClaimName||IoK8sApiCoreV1PodResourceClaim_validate21(data.resourceClaimName,{instancePath:instancePath+"/resourceClaimName",parentData:data,parentDataProperty:"resourceClaimName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodResourceClaim_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodResourceClaim_validate21.errors)).length),void 0===data.resourceClaimTemplateName||IoK8sApiCoreV1PodResourceClaim_validate21(data.resourceClaimTemplateName,{instancePath:instancePath+"/resourceClaimTemplateName",parentData:data,parentDataProperty:"resourceClaimTemplateName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodResourceClaim_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodResourceClaim_validate21.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1PodResourceClaim_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodResourceClaim_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1PodResourceClaim_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodResourceClaim_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodSchedulingGate.mjs
const IoK8sApiCoreV1PodSchedulingGate_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.name||IoK8sApiCoreV1PodSchedulingGate_validate22(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSchedulingGate_validate22.errors:vErrors.concat(IoK8sApiCoreV1PodSchedulingGate_validate22.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PodSchedulingGate_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodSchedulingGate_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Sysctl.mjs
const IoK8sApiCoreV1Sysctl_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.value){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.name||IoK8sApiCoreV1Sysctl_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Sysctl_validate21.errors:vErrors.concat(IoK8sApiCoreV1Sysctl_validate21.errors)).length),void 0===data.value||IoK8sApiCoreV1Sysctl_validate21(data.value,{instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Sysctl_validate21.errors:vErrors.concat(IoK8sApiCoreV1Sysctl_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1Sysctl_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1Sysctl_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodSecurityContext.mjs
const IoK8sApiCoreV1PodSecurityContext_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.appArmorProfile||IoK8sApiCoreV1PodSecurityContext_validate23(data.appArmorProfile,{instancePath:instancePath+"/appArmorProfile",parentData:data,parentDataProperty:"appArmorProfile",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate23.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate23.errors)).length),void 0===data.fsGroup||IoK8sApiCoreV1PodSecurityContext_validate21(data.fsGroup,{instancePath:instancePath+"/fsGroup",parentData:data,parentDataProperty:"fsGroup",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate21.errors)).length),void 0===data.fsGroupChangePolicy||IoK8sApiCoreV1PodSecurityContext_validate28(data.fsGroupChangePolicy,{instancePath:instancePath+"/fsGroupChangePolicy",parentData:data,parentDataProperty:"fsGroupChangePolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate28.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate28.errors)).length),void 0===data.runAsGroup||IoK8sApiCoreV1PodSecurityContext_validate21(data.runAsGroup,{instancePath:instancePath+"/runAsGroup",parentData:data,parentDataProperty:"runAsGroup",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate21.errors)).length),void 0===data.runAsNonRoot||IoK8sApiCoreV1PodSecurityContext_validate31(data.runAsNonRoot,{instancePath:instancePath+"/runAsNonRoot",parentData:data,parentDataProperty:"runAsNonRoot",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate31.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate31.errors)).length),void 0===data.runAsUser||IoK8sApiCoreV1PodSecurityContext_validate21(data.runAsUser,{instancePath:instancePath+"/runAsUser",parentData:data,parentDataProperty:"runAsUser",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate21.errors)).length),void 0===data.seLinuxChangePolicy||IoK8sApiCoreV1PodSecurityContext_validate34(data.seLinuxChangePolicy,{instancePath:instancePath+"/seLinuxChangePolicy",parentData:data,parentDataProperty:"seLinuxChangePolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate34.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate34.errors)).length),void 0===data.seLinuxOptions||validate36(data.seLinuxOptions,{instancePath:instancePath+"/seLinuxOptions",parentData:data,parentDataProperty:"seLinuxOptions",rootData})||(errors=(vErrors=null===vErrors?validate36.errors:vErrors.concat(validate36.errors)).length),void 0===data.seccompProfile||IoK8sApiCoreV1PodSecurityContext_validate40(data.seccompProfile,{instancePath:instancePath+"/seccompProfile",parentData:data,parentDataProperty:"seccompProfile",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate40.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate40.errors)).length),void 0===data.supplementalGroups||IoK8sApiCoreV1PodSecurityContext_validate44(data.supplementalGroups,{instancePath:instancePath+"/supplementalGroups",parentData:data,parentDataProperty:"supplementalGroups",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate44.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate44.errors)).length),void 0===data.supplementalGroupsPolicy||IoK8sApiCoreV1PodSecurityContext_validate48(data.supplementalGroupsPolicy,{instancePath:instancePath+"/supplementalGroupsPolicy",parentData:data,parentDataProperty:"supplementalGroupsPolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate48.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate48.errors)).length),void 0===data.sysctls||validate50(data.sysctls,{instancePath:instancePath+"/sysctls",parentData:data,parentDataProperty:"sysctls",rootData})||(errors=(vErrors=null===vErrors?validate50.errors:vErrors.concat(validate50.errors)).length),void 0===data.windowsOptions||validate56(data.windowsOptions,{instancePath:instancePath+"/windowsOptions",parentData:data,parentDataProperty:"windowsOptions",rootData})||(errors=(vErrors=null===vErrors?validate56.errors:vErrors.concat(validate56.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1PodSecurityContext_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1AppArmorProfile_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AppArmorProfile_validate.errors:vErrors.concat(IoK8sApiCoreV1AppArmorProfile_validate.errors)).length),IoK8sApiCoreV1PodSecurityContext_validate23.errors=vErrors,0===errors}let IoK8sApiCoreV1PodSecurityContext_formats0=formats/* formats */.F.int64;function IoK8sApiCoreV1PodSecurityContext_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1PodSecurityContext_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1PodSecurityContext_validate21.errors=vErrors,0===errors}let IoK8sApiCoreV1PodSecurityContext_schema10={enum:["Always","OnRootMismatch"]};function IoK8sApiCoreV1PodSecurityContext_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Always"===data||"OnRootMismatch"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1PodSecurityContext_schema10.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1PodSecurityContext_validate28.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSecurityContext_validate31(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodSecurityContext_validate31.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSecurityContext_validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodSecurityContext_validate34.errors=vErrors,0===errors}function validate36(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SELinuxOptions_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SELinuxOptions_validate.errors:vErrors.concat(IoK8sApiCoreV1SELinuxOptions_validate.errors)).length),validate36.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSecurityContext_validate40(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SeccompProfile_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SeccompProfile_validate.errors:vErrors.concat(IoK8sApiCoreV1SeccompProfile_validate.errors)).length),IoK8sApiCoreV1PodSecurityContext_validate40.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSecurityContext_validate45(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1PodSecurityContext_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1PodSecurityContext_validate45.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSecurityContext_validate44(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodSecurityContext_validate45(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate45.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate45.errors)).length)}return IoK8sApiCoreV1PodSecurityContext_validate44.errors=vErrors,0===errors}let IoK8sApiCoreV1PodSecurityContext_schema19={enum:["Merge","Strict"]};function IoK8sApiCoreV1PodSecurityContext_validate48(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Merge"===data||"Strict"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1PodSecurityContext_schema19.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1PodSecurityContext_validate48.errors=vErrors,0===errors}function validate51(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1Sysctl_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Sysctl_validate.errors:vErrors.concat(IoK8sApiCoreV1Sysctl_validate.errors)).length),validate51.errors=vErrors,0===errors}function validate50(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate51(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate51.errors:vErrors.concat(validate51.errors)).length)}return validate50.errors=vErrors,0===errors}function validate56(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1WindowsSecurityContextOptions_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1WindowsSecurityContextOptions_validate.errors:vErrors.concat(IoK8sApiCoreV1WindowsSecurityContextOptions_validate.errors)).length),validate56.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Toleration.mjs
const IoK8sApiCoreV1Toleration_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.effect||IoK8sApiCoreV1Toleration_validate23(data.effect,{instancePath:instancePath+"/effect",parentData:data,parentDataProperty:"effect",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Toleration_validate23.errors:vErrors.concat(IoK8sApiCoreV1Toleration_validate23.errors)).length),void 0===data.key||IoK8sApiCoreV1Toleration_validate21(data.key,{instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Toleration_validate21.errors:vErrors.concat(IoK8sApiCoreV1Toleration_validate21.errors)).length),void 0===data.operator||IoK8sApiCoreV1Toleration_validate26(data.operator,{instancePath:instancePath+"/operator",parentData:data,parentDataProperty:"operator",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Toleration_validate26.errors:vErrors.concat(IoK8sApiCoreV1Toleration_validate26.errors)).length),void 0===data.tolerationSeconds||IoK8sApiCoreV1Toleration_validate28(data.tolerationSeconds,{instancePath:instancePath+"/tolerationSeconds",parentData:data,parentDataProperty:"tolerationSeconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Toleration_validate28.errors:vErrors.concat(IoK8sApiCoreV1Toleration_validate28.errors)).length),void 0===data.value||IoK8sApiCoreV1Toleration_validate21(data.value,{instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Toleration_validate21.errors:vErrors.concat(IoK8sApiCoreV1Toleration_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};let IoK8sApiCoreV1Toleration_schema8={enum:["NoExecute","NoSchedule","PreferNoSchedule"]};function IoK8sApiCoreV1Toleration_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("NoExecute"===data||"NoSchedule"===data||"PreferNoSchedule"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1Toleration_schema8.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1Toleration_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1Toleration_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1Toleration_validate21.errors=vErrors,0===errors}let IoK8sApiCoreV1Toleration_schema9={enum:["Equal","Exists"]};function IoK8sApiCoreV1Toleration_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Equal"===data||"Exists"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1Toleration_schema9.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1Toleration_validate26.errors=vErrors,0===errors}let IoK8sApiCoreV1Toleration_formats0=formats/* formats */.F.int64;function IoK8sApiCoreV1Toleration_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1Toleration_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1Toleration_validate28.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1TopologySpreadConstraint.mjs
const IoK8sApiCoreV1TopologySpreadConstraint_validate=function validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.maxSkew){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"maxSkew"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.topologyKey){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"topologyKey"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}if(void 0===data.whenUnsatisfiable){let err2={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"whenUnsatisfiable"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}void 0===data.labelSelector||IoK8sApiCoreV1TopologySpreadConstraint_validate24(data.labelSelector,{instancePath:instancePath+"/labelSelector",parentData:data,parentDataProperty:"labelSelector",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TopologySpreadConstraint_validate24.errors:vErrors.concat(IoK8sApiCoreV1TopologySpreadConstraint_validate24.errors)).length),void 0===data.matchLabelKeys||IoK8sApiCoreV1TopologySpreadConstraint_validate28(data.matchLabelKeys,{instancePath:instancePath+"/matchLabelKeys",parentData:data,parentDataProperty:"matchLabelKeys",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TopologySpreadConstraint_validate28.errors:vErrors.concat(IoK8sApiCoreV1TopologySpreadConstraint_validate28.errors)).length),void 0===data.maxSkew||IoK8sApiCoreV1TopologySpreadConstraint_validate31(data.maxSkew,{instancePath:instancePath+"/maxSkew",parentData:data,parentDataProperty:"maxSkew",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TopologySpreadConstraint_validate31.errors:vErrors.concat(IoK8sApiCoreV1TopologySpreadConstraint_validate31.errors)).length),void 0===data.minDomains||IoK8sApiCoreV1TopologySpreadConstraint_validate33(data.minDomains,{instancePath:instancePath+"/minDomains",parentData:data,parentDataProperty:"minDomains",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TopologySpreadConstraint_validate33.errors:vErrors.concat(IoK8sApiCoreV1TopologySpreadConstraint_validate33.errors)).length),void 0===data.nodeAffinityPolicy||IoK8sApiCoreV1TopologySpreadConstraint_validate21(data.nodeAffinityPolicy,{instancePath:instancePath+"/nodeAffinityPolicy",parentData:data,parentDataProperty:"nodeAffinityPolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TopologySpreadConstraint_validate21.errors:vErrors.concat(IoK8sApiCoreV1TopologySpreadConstraint_validate21.errors)).length),void 0===data.nodeTaintsPolicy||IoK8sApiCoreV1TopologySpreadConstraint_validate21(data.nodeTaintsPolicy,{instancePath:instancePath+"/nodeTaintsPolicy",parentData:data,parentDataProperty:"nodeTaintsPolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TopologySpreadConstraint_validate21.errors:vErrors.concat(IoK8sApiCoreV1TopologySpreadConstraint_validate21.errors)).length),void 0===data.topologyKey||IoK8sApiCoreV1TopologySpreadConstraint_validate22(data.topologyKey,{instancePath:instancePath+"/topologyKey",parentData:data,parentDataProperty:"topologyKey",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TopologySpreadConstraint_validate22.errors:vErrors.concat(IoK8sApiCoreV1TopologySpreadConstraint_validate22.errors)).length),void 0===data.whenUnsatisfiable||IoK8sApiCoreV1TopologySpreadConstraint_validate38(data.whenUnsatisfiable,{instancePath:instancePath+"/whenUnsatisfiable",parentData:data,parentDataProperty:"whenUnsatisfiable",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TopologySpreadConstraint_validate38.errors:vErrors.concat(IoK8sApiCoreV1TopologySpreadConstraint_validate38.errors)).length)}else{let err3={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err3]:vErrors.push(err3),errors++}return validate23.errors=vErrors,0===errors};function IoK8sApiCoreV1TopologySpreadConstraint_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApimachineryPkgApisMetaV1LabelSelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1LabelSelector_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1LabelSelector_validate.errors)).length),IoK8sApiCoreV1TopologySpreadConstraint_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1TopologySpreadConstraint_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1TopologySpreadConstraint_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1TopologySpreadConstraint_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1TopologySpreadConstraint_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TopologySpreadConstraint_validate22.errors:vErrors.concat(IoK8sApiCoreV1TopologySpreadConstraint_validate22.errors)).length)}return IoK8sApiCoreV1TopologySpreadConstraint_validate28.errors=vErrors,0===errors}let IoK8sApiCoreV1TopologySpreadConstraint_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1TopologySpreadConstraint_validate31(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1TopologySpreadConstraint_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1TopologySpreadConstraint_validate31.errors=vErrors,0===errors}function IoK8sApiCoreV1TopologySpreadConstraint_validate33(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1TopologySpreadConstraint_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1TopologySpreadConstraint_validate33.errors=vErrors,0===errors}let schema6={enum:["Honor","Ignore"]};function IoK8sApiCoreV1TopologySpreadConstraint_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Honor"===data||"Ignore"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema6.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1TopologySpreadConstraint_validate21.errors=vErrors,0===errors}let schema14={enum:["DoNotSchedule","ScheduleAnyway"]};function IoK8sApiCoreV1TopologySpreadConstraint_validate38(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("DoNotSchedule"===data||"ScheduleAnyway"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema14.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1TopologySpreadConstraint_validate38.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource.mjs
const IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.volumeID){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"volumeID"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.fsType||IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate22(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate22.errors)).length),void 0===data.partition||IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate24(data.partition,{instancePath:instancePath+"/partition",parentData:data,parentDataProperty:"partition",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate24.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate26(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate26.errors:vErrors.concat(IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate26.errors)).length),void 0===data.volumeID||IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate28(data.volumeID,{instancePath:instancePath+"/volumeID",parentData:data,parentDataProperty:"volumeID",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate28.errors:vErrors.concat(IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate28.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate22.errors=vErrors,0===errors}let IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate28.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1AzureDiskVolumeSource.mjs
const IoK8sApiCoreV1AzureDiskVolumeSource_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.diskName){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"diskName"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.diskURI){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"diskURI"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.cachingMode||IoK8sApiCoreV1AzureDiskVolumeSource_validate23(data.cachingMode,{instancePath:instancePath+"/cachingMode",parentData:data,parentDataProperty:"cachingMode",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AzureDiskVolumeSource_validate23.errors:vErrors.concat(IoK8sApiCoreV1AzureDiskVolumeSource_validate23.errors)).length),void 0===data.diskName||IoK8sApiCoreV1AzureDiskVolumeSource_validate21(data.diskName,{instancePath:instancePath+"/diskName",parentData:data,parentDataProperty:"diskName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AzureDiskVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1AzureDiskVolumeSource_validate21.errors)).length),void 0===data.diskURI||IoK8sApiCoreV1AzureDiskVolumeSource_validate21(data.diskURI,{instancePath:instancePath+"/diskURI",parentData:data,parentDataProperty:"diskURI",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AzureDiskVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1AzureDiskVolumeSource_validate21.errors)).length),void 0===data.fsType||IoK8sApiCoreV1AzureDiskVolumeSource_validate27(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AzureDiskVolumeSource_validate27.errors:vErrors.concat(IoK8sApiCoreV1AzureDiskVolumeSource_validate27.errors)).length),void 0===data.kind||IoK8sApiCoreV1AzureDiskVolumeSource_validate29(data.kind,{instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AzureDiskVolumeSource_validate29.errors:vErrors.concat(IoK8sApiCoreV1AzureDiskVolumeSource_validate29.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1AzureDiskVolumeSource_validate31(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AzureDiskVolumeSource_validate31.errors:vErrors.concat(IoK8sApiCoreV1AzureDiskVolumeSource_validate31.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};let IoK8sApiCoreV1AzureDiskVolumeSource_schema8={enum:["None","ReadOnly","ReadWrite"]};function IoK8sApiCoreV1AzureDiskVolumeSource_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("None"===data||"ReadOnly"===data||"ReadWrite"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1AzureDiskVolumeSource_schema8.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1AzureDiskVolumeSource_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1AzureDiskVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1AzureDiskVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1AzureDiskVolumeSource_validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1AzureDiskVolumeSource_validate27.errors=vErrors,0===errors}let IoK8sApiCoreV1AzureDiskVolumeSource_schema10={enum:["Dedicated","Managed","Shared"]};function IoK8sApiCoreV1AzureDiskVolumeSource_validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Dedicated"===data||"Managed"===data||"Shared"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1AzureDiskVolumeSource_schema10.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1AzureDiskVolumeSource_validate29.errors=vErrors,0===errors}function IoK8sApiCoreV1AzureDiskVolumeSource_validate31(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1AzureDiskVolumeSource_validate31.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1AzureFileVolumeSource.mjs
const IoK8sApiCoreV1AzureFileVolumeSource_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.secretName){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"secretName"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.shareName){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"shareName"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.readOnly||IoK8sApiCoreV1AzureFileVolumeSource_validate23(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AzureFileVolumeSource_validate23.errors:vErrors.concat(IoK8sApiCoreV1AzureFileVolumeSource_validate23.errors)).length),void 0===data.secretName||IoK8sApiCoreV1AzureFileVolumeSource_validate21(data.secretName,{instancePath:instancePath+"/secretName",parentData:data,parentDataProperty:"secretName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AzureFileVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1AzureFileVolumeSource_validate21.errors)).length),void 0===data.shareName||IoK8sApiCoreV1AzureFileVolumeSource_validate21(data.shareName,{instancePath:instancePath+"/shareName",parentData:data,parentDataProperty:"shareName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AzureFileVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1AzureFileVolumeSource_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1AzureFileVolumeSource_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1AzureFileVolumeSource_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1AzureFileVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1AzureFileVolumeSource_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1CephFSVolumeSource.mjs
const IoK8sApiCoreV1CephFSVolumeSource_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.monitors){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"monitors"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.monitors||IoK8sApiCoreV1CephFSVolumeSource_validate23(data.monitors,{instancePath:instancePath+"/monitors",parentData:data,parentDataProperty:"monitors",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CephFSVolumeSource_validate23.errors:vErrors.concat(IoK8sApiCoreV1CephFSVolumeSource_validate23.errors)).length),void 0===data.path||IoK8sApiCoreV1CephFSVolumeSource_validate21(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CephFSVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1CephFSVolumeSource_validate21.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1CephFSVolumeSource_validate28(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CephFSVolumeSource_validate28.errors:vErrors.concat(IoK8sApiCoreV1CephFSVolumeSource_validate28.errors)).length),void 0===data.secretFile||IoK8sApiCoreV1CephFSVolumeSource_validate21(data.secretFile,{instancePath:instancePath+"/secretFile",parentData:data,parentDataProperty:"secretFile",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CephFSVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1CephFSVolumeSource_validate21.errors)).length),void 0===data.secretRef||IoK8sApiCoreV1CephFSVolumeSource_validate31(data.secretRef,{instancePath:instancePath+"/secretRef",parentData:data,parentDataProperty:"secretRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CephFSVolumeSource_validate31.errors:vErrors.concat(IoK8sApiCoreV1CephFSVolumeSource_validate31.errors)).length),void 0===data.user||IoK8sApiCoreV1CephFSVolumeSource_validate21(data.user,{instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CephFSVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1CephFSVolumeSource_validate21.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1CephFSVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1CephFSVolumeSource_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1CephFSVolumeSource_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1CephFSVolumeSource_validate24(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CephFSVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1CephFSVolumeSource_validate24.errors)).length)}else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1CephFSVolumeSource_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1CephFSVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1CephFSVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1CephFSVolumeSource_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1CephFSVolumeSource_validate28.errors=vErrors,0===errors}function IoK8sApiCoreV1CephFSVolumeSource_validate31(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1LocalObjectReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LocalObjectReference_validate.errors:vErrors.concat(IoK8sApiCoreV1LocalObjectReference_validate.errors)).length),IoK8sApiCoreV1CephFSVolumeSource_validate31.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1CinderVolumeSource.mjs
const IoK8sApiCoreV1CinderVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.volumeID){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"volumeID"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.fsType||IoK8sApiCoreV1CinderVolumeSource_validate22(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CinderVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1CinderVolumeSource_validate22.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1CinderVolumeSource_validate24(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CinderVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1CinderVolumeSource_validate24.errors)).length),void 0===data.secretRef||IoK8sApiCoreV1CinderVolumeSource_validate26(data.secretRef,{instancePath:instancePath+"/secretRef",parentData:data,parentDataProperty:"secretRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CinderVolumeSource_validate26.errors:vErrors.concat(IoK8sApiCoreV1CinderVolumeSource_validate26.errors)).length),void 0===data.volumeID||IoK8sApiCoreV1CinderVolumeSource_validate30(data.volumeID,{instancePath:instancePath+"/volumeID",parentData:data,parentDataProperty:"volumeID",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CinderVolumeSource_validate30.errors:vErrors.concat(IoK8sApiCoreV1CinderVolumeSource_validate30.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1CinderVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1CinderVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1CinderVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1CinderVolumeSource_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1CinderVolumeSource_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1LocalObjectReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LocalObjectReference_validate.errors:vErrors.concat(IoK8sApiCoreV1LocalObjectReference_validate.errors)).length),IoK8sApiCoreV1CinderVolumeSource_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1CinderVolumeSource_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1CinderVolumeSource_validate30.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1KeyToPath.mjs
const IoK8sApiCoreV1KeyToPath_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.key){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"key"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.path){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"path"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.key||IoK8sApiCoreV1KeyToPath_validate21(data.key,{instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1KeyToPath_validate21.errors:vErrors.concat(IoK8sApiCoreV1KeyToPath_validate21.errors)).length),void 0===data.mode||IoK8sApiCoreV1KeyToPath_validate24(data.mode,{instancePath:instancePath+"/mode",parentData:data,parentDataProperty:"mode",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1KeyToPath_validate24.errors:vErrors.concat(IoK8sApiCoreV1KeyToPath_validate24.errors)).length),void 0===data.path||IoK8sApiCoreV1KeyToPath_validate21(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1KeyToPath_validate21.errors:vErrors.concat(IoK8sApiCoreV1KeyToPath_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1KeyToPath_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1KeyToPath_validate21.errors=vErrors,0===errors}let IoK8sApiCoreV1KeyToPath_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1KeyToPath_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1KeyToPath_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1KeyToPath_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMapVolumeSource.mjs
const IoK8sApiCoreV1ConfigMapVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.defaultMode||IoK8sApiCoreV1ConfigMapVolumeSource_validate22(data.defaultMode,{instancePath:instancePath+"/defaultMode",parentData:data,parentDataProperty:"defaultMode",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapVolumeSource_validate22.errors)).length),void 0===data.items||IoK8sApiCoreV1ConfigMapVolumeSource_validate24(data.items,{instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapVolumeSource_validate24.errors)).length),void 0===data.name||IoK8sApiCoreV1ConfigMapVolumeSource_validate30(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapVolumeSource_validate30.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapVolumeSource_validate30.errors)).length),void 0===data.optional||IoK8sApiCoreV1ConfigMapVolumeSource_validate32(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapVolumeSource_validate32.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapVolumeSource_validate32.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};let IoK8sApiCoreV1ConfigMapVolumeSource_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1ConfigMapVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1ConfigMapVolumeSource_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1ConfigMapVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ConfigMapVolumeSource_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1KeyToPath_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1KeyToPath_validate.errors:vErrors.concat(IoK8sApiCoreV1KeyToPath_validate.errors)).length),IoK8sApiCoreV1ConfigMapVolumeSource_validate25.errors=vErrors,0===errors}function IoK8sApiCoreV1ConfigMapVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1ConfigMapVolumeSource_validate25(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapVolumeSource_validate25.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapVolumeSource_validate25.errors)).length)}return IoK8sApiCoreV1ConfigMapVolumeSource_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1ConfigMapVolumeSource_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ConfigMapVolumeSource_validate30.errors=vErrors,0===errors}function IoK8sApiCoreV1ConfigMapVolumeSource_validate32(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ConfigMapVolumeSource_validate32.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1CSIVolumeSource.mjs
const IoK8sApiCoreV1CSIVolumeSource_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.driver){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"driver"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.driver||IoK8sApiCoreV1CSIVolumeSource_validate21(data.driver,{instancePath:instancePath+"/driver",parentData:data,parentDataProperty:"driver",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CSIVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1CSIVolumeSource_validate21.errors)).length),void 0===data.fsType||IoK8sApiCoreV1CSIVolumeSource_validate24(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CSIVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1CSIVolumeSource_validate24.errors)).length),void 0===data.nodePublishSecretRef||IoK8sApiCoreV1CSIVolumeSource_validate26(data.nodePublishSecretRef,{instancePath:instancePath+"/nodePublishSecretRef",parentData:data,parentDataProperty:"nodePublishSecretRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CSIVolumeSource_validate26.errors:vErrors.concat(IoK8sApiCoreV1CSIVolumeSource_validate26.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1CSIVolumeSource_validate30(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CSIVolumeSource_validate30.errors:vErrors.concat(IoK8sApiCoreV1CSIVolumeSource_validate30.errors)).length),void 0===data.volumeAttributes||IoK8sApiCoreV1CSIVolumeSource_validate32(data.volumeAttributes,{instancePath:instancePath+"/volumeAttributes",parentData:data,parentDataProperty:"volumeAttributes",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CSIVolumeSource_validate32.errors:vErrors.concat(IoK8sApiCoreV1CSIVolumeSource_validate32.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1CSIVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1CSIVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1CSIVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1CSIVolumeSource_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1CSIVolumeSource_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1LocalObjectReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LocalObjectReference_validate.errors:vErrors.concat(IoK8sApiCoreV1LocalObjectReference_validate.errors)).length),IoK8sApiCoreV1CSIVolumeSource_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1CSIVolumeSource_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1CSIVolumeSource_validate30.errors=vErrors,0===errors}function IoK8sApiCoreV1CSIVolumeSource_validate32(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)IoK8sApiCoreV1CSIVolumeSource_validate21(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CSIVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1CSIVolumeSource_validate21.errors)).length);return IoK8sApiCoreV1CSIVolumeSource_validate32.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1DownwardAPIVolumeFile.mjs
const IoK8sApiCoreV1DownwardAPIVolumeFile_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.path){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"path"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.fieldRef||IoK8sApiCoreV1DownwardAPIVolumeFile_validate22(data.fieldRef,{instancePath:instancePath+"/fieldRef",parentData:data,parentDataProperty:"fieldRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIVolumeFile_validate22.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIVolumeFile_validate22.errors)).length),void 0===data.mode||IoK8sApiCoreV1DownwardAPIVolumeFile_validate26(data.mode,{instancePath:instancePath+"/mode",parentData:data,parentDataProperty:"mode",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIVolumeFile_validate26.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIVolumeFile_validate26.errors)).length),void 0===data.path||IoK8sApiCoreV1DownwardAPIVolumeFile_validate28(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIVolumeFile_validate28.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIVolumeFile_validate28.errors)).length),void 0===data.resourceFieldRef||IoK8sApiCoreV1DownwardAPIVolumeFile_validate30(data.resourceFieldRef,{instancePath:instancePath+"/resourceFieldRef",parentData:data,parentDataProperty:"resourceFieldRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIVolumeFile_validate30.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIVolumeFile_validate30.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1DownwardAPIVolumeFile_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ObjectFieldSelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ObjectFieldSelector_validate.errors:vErrors.concat(IoK8sApiCoreV1ObjectFieldSelector_validate.errors)).length),IoK8sApiCoreV1DownwardAPIVolumeFile_validate22.errors=vErrors,0===errors}let IoK8sApiCoreV1DownwardAPIVolumeFile_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1DownwardAPIVolumeFile_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1DownwardAPIVolumeFile_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1DownwardAPIVolumeFile_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1DownwardAPIVolumeFile_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1DownwardAPIVolumeFile_validate28.errors=vErrors,0===errors}function IoK8sApiCoreV1DownwardAPIVolumeFile_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ResourceFieldSelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceFieldSelector_validate.errors:vErrors.concat(IoK8sApiCoreV1ResourceFieldSelector_validate.errors)).length),IoK8sApiCoreV1DownwardAPIVolumeFile_validate30.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1DownwardAPIVolumeSource.mjs
const IoK8sApiCoreV1DownwardAPIVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.defaultMode||IoK8sApiCoreV1DownwardAPIVolumeSource_validate22(data.defaultMode,{instancePath:instancePath+"/defaultMode",parentData:data,parentDataProperty:"defaultMode",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIVolumeSource_validate22.errors)).length),void 0===data.items||IoK8sApiCoreV1DownwardAPIVolumeSource_validate24(data.items,{instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIVolumeSource_validate24.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};let IoK8sApiCoreV1DownwardAPIVolumeSource_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1DownwardAPIVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1DownwardAPIVolumeSource_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1DownwardAPIVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1DownwardAPIVolumeSource_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1DownwardAPIVolumeFile_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIVolumeFile_validate.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIVolumeFile_validate.errors)).length),IoK8sApiCoreV1DownwardAPIVolumeSource_validate25.errors=vErrors,0===errors}function IoK8sApiCoreV1DownwardAPIVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1DownwardAPIVolumeSource_validate25(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIVolumeSource_validate25.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIVolumeSource_validate25.errors)).length)}return IoK8sApiCoreV1DownwardAPIVolumeSource_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EmptyDirVolumeSource.mjs
const IoK8sApiCoreV1EmptyDirVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.medium||IoK8sApiCoreV1EmptyDirVolumeSource_validate22(data.medium,{instancePath:instancePath+"/medium",parentData:data,parentDataProperty:"medium",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EmptyDirVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1EmptyDirVolumeSource_validate22.errors)).length),void 0===data.sizeLimit||IoK8sApiCoreV1EmptyDirVolumeSource_validate24(data.sizeLimit,{instancePath:instancePath+"/sizeLimit",parentData:data,parentDataProperty:"sizeLimit",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EmptyDirVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1EmptyDirVolumeSource_validate24.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1EmptyDirVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1EmptyDirVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1EmptyDirVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApimachineryPkgApiResourceQuantity_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApiResourceQuantity_validate.errors:vErrors.concat(IoK8sApimachineryPkgApiResourceQuantity_validate.errors)).length),IoK8sApiCoreV1EmptyDirVolumeSource_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1TypedLocalObjectReference.mjs
const IoK8sApiCoreV1TypedLocalObjectReference_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.kind){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"kind"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.name){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.apiGroup||IoK8sApiCoreV1TypedLocalObjectReference_validate23(data.apiGroup,{instancePath:instancePath+"/apiGroup",parentData:data,parentDataProperty:"apiGroup",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TypedLocalObjectReference_validate23.errors:vErrors.concat(IoK8sApiCoreV1TypedLocalObjectReference_validate23.errors)).length),void 0===data.kind||IoK8sApiCoreV1TypedLocalObjectReference_validate21(data.kind,{instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TypedLocalObjectReference_validate21.errors:vErrors.concat(IoK8sApiCoreV1TypedLocalObjectReference_validate21.errors)).length),void 0===data.name||IoK8sApiCoreV1TypedLocalObjectReference_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TypedLocalObjectReference_validate21.errors:vErrors.concat(IoK8sApiCoreV1TypedLocalObjectReference_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1TypedLocalObjectReference_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1TypedLocalObjectReference_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1TypedLocalObjectReference_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1TypedLocalObjectReference_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1TypedObjectReference.mjs
const IoK8sApiCoreV1TypedObjectReference_validate=function validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.kind){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"kind"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.name){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.apiGroup||IoK8sApiCoreV1TypedObjectReference_validate22(data.apiGroup,{instancePath:instancePath+"/apiGroup",parentData:data,parentDataProperty:"apiGroup",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TypedObjectReference_validate22.errors:vErrors.concat(IoK8sApiCoreV1TypedObjectReference_validate22.errors)).length),void 0===data.kind||IoK8sApiCoreV1TypedObjectReference_validate21(data.kind,{instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TypedObjectReference_validate21.errors:vErrors.concat(IoK8sApiCoreV1TypedObjectReference_validate21.errors)).length),void 0===data.name||IoK8sApiCoreV1TypedObjectReference_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TypedObjectReference_validate21.errors:vErrors.concat(IoK8sApiCoreV1TypedObjectReference_validate21.errors)).length),void 0===data.namespace||IoK8sApiCoreV1TypedObjectReference_validate22(data.namespace,{instancePath:instancePath+"/namespace",parentData:data,parentDataProperty:"namespace",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TypedObjectReference_validate22.errors:vErrors.concat(IoK8sApiCoreV1TypedObjectReference_validate22.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate23.errors=vErrors,0===errors};function IoK8sApiCoreV1TypedObjectReference_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1TypedObjectReference_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1TypedObjectReference_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1TypedObjectReference_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1VolumeResourceRequirements.mjs
const IoK8sApiCoreV1VolumeResourceRequirements_validate=function validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.limits||IoK8sApiCoreV1VolumeResourceRequirements_validate21(data.limits,{instancePath:instancePath+"/limits",parentData:data,parentDataProperty:"limits",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeResourceRequirements_validate21.errors:vErrors.concat(IoK8sApiCoreV1VolumeResourceRequirements_validate21.errors)).length),void 0===data.requests||IoK8sApiCoreV1VolumeResourceRequirements_validate21(data.requests,{instancePath:instancePath+"/requests",parentData:data,parentDataProperty:"requests",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeResourceRequirements_validate21.errors:vErrors.concat(IoK8sApiCoreV1VolumeResourceRequirements_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate26.errors=vErrors,0===errors};function IoK8sApiCoreV1VolumeResourceRequirements_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApimachineryPkgApiResourceQuantity_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApiResourceQuantity_validate.errors:vErrors.concat(IoK8sApimachineryPkgApiResourceQuantity_validate.errors)).length),IoK8sApiCoreV1VolumeResourceRequirements_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1VolumeResourceRequirements_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)IoK8sApiCoreV1VolumeResourceRequirements_validate22(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeResourceRequirements_validate22.errors:vErrors.concat(IoK8sApiCoreV1VolumeResourceRequirements_validate22.errors)).length);return IoK8sApiCoreV1VolumeResourceRequirements_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaimSpec.mjs
const IoK8sApiCoreV1PersistentVolumeClaimSpec_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.accessModes||IoK8sApiCoreV1PersistentVolumeClaimSpec_validate23(data.accessModes,{instancePath:instancePath+"/accessModes",parentData:data,parentDataProperty:"accessModes",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimSpec_validate23.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimSpec_validate23.errors)).length),void 0===data.dataSource||IoK8sApiCoreV1PersistentVolumeClaimSpec_validate27(data.dataSource,{instancePath:instancePath+"/dataSource",parentData:data,parentDataProperty:"dataSource",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimSpec_validate27.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimSpec_validate27.errors)).length),void 0===data.dataSourceRef||IoK8sApiCoreV1PersistentVolumeClaimSpec_validate31(data.dataSourceRef,{instancePath:instancePath+"/dataSourceRef",parentData:data,parentDataProperty:"dataSourceRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimSpec_validate31.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimSpec_validate31.errors)).length),void 0===data.resources||IoK8sApiCoreV1PersistentVolumeClaimSpec_validate35(data.resources,{instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimSpec_validate35.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimSpec_validate35.errors)).length),void 0===data.selector||IoK8sApiCoreV1PersistentVolumeClaimSpec_validate39(data.selector,{instancePath:instancePath+"/selector",parentData:data,parentDataProperty:"selector",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimSpec_validate39.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimSpec_validate39.errors)).length),void 0===data.storageClassName||IoK8sApiCoreV1PersistentVolumeClaimSpec_validate21(data.storageClassName,{instancePath:instancePath+"/storageClassName",parentData:data,parentDataProperty:"storageClassName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimSpec_validate21.errors)).length),void 0===data.volumeAttributesClassName||IoK8sApiCoreV1PersistentVolumeClaimSpec_validate21(data.volumeAttributesClassName,{instancePath:instancePath+"/volumeAttributesClassName",parentData:data,parentDataProperty:"volumeAttributesClassName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimSpec_validate21.errors)).length),void 0===data.volumeMode||IoK8sApiCoreV1PersistentVolumeClaimSpec_validate45(data.volumeMode,{instancePath:instancePath+"/volumeMode",parentData:data,parentDataProperty:"volumeMode",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimSpec_validate45.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimSpec_validate45.errors)).length),void 0===data.volumeName||IoK8sApiCoreV1PersistentVolumeClaimSpec_validate21(data.volumeName,{instancePath:instancePath+"/volumeName",parentData:data,parentDataProperty:"volumeName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimSpec_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};let IoK8sApiCoreV1PersistentVolumeClaimSpec_schema9={enum:["ReadOnlyMany","ReadWriteMany","ReadWriteOnce","ReadWriteOncePod"]};function IoK8sApiCoreV1PersistentVolumeClaimSpec_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("ReadOnlyMany"===data||"ReadWriteMany"===data||"ReadWriteOnce"===data||"ReadWriteOncePod"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1PersistentVolumeClaimSpec_schema9.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1PersistentVolumeClaimSpec_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1PersistentVolumeClaimSpec_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PersistentVolumeClaimSpec_validate24(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimSpec_validate24.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimSpec_validate24.errors)).length)}return IoK8sApiCoreV1PersistentVolumeClaimSpec_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1PersistentVolumeClaimSpec_validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1TypedLocalObjectReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TypedLocalObjectReference_validate.errors:vErrors.concat(IoK8sApiCoreV1TypedLocalObjectReference_validate.errors)).length),IoK8sApiCoreV1PersistentVolumeClaimSpec_validate27.errors=vErrors,0===errors}function IoK8sApiCoreV1PersistentVolumeClaimSpec_validate31(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1TypedObjectReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TypedObjectReference_validate.errors:vErrors.concat(IoK8sApiCoreV1TypedObjectReference_validate.errors)).length),IoK8sApiCoreV1PersistentVolumeClaimSpec_validate31.errors=vErrors,0===errors}function IoK8sApiCoreV1PersistentVolumeClaimSpec_validate35(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1VolumeResourceRequirements_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeResourceRequirements_validate.errors:vErrors.concat(IoK8sApiCoreV1VolumeResourceRequirements_validate.errors)).length),IoK8sApiCoreV1PersistentVolumeClaimSpec_validate35.errors=vErrors,0===errors}function IoK8sApiCoreV1PersistentVolumeClaimSpec_validate39(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApimachineryPkgApisMetaV1LabelSelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1LabelSelector_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1LabelSelector_validate.errors)).length),IoK8sApiCoreV1PersistentVolumeClaimSpec_validate39.errors=vErrors,0===errors}function IoK8sApiCoreV1PersistentVolumeClaimSpec_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PersistentVolumeClaimSpec_validate21.errors=vErrors,0===errors}let schema18={enum:["Block","Filesystem"]};function IoK8sApiCoreV1PersistentVolumeClaimSpec_validate45(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Block"===data||"Filesystem"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema18.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1PersistentVolumeClaimSpec_validate45.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaimTemplate.mjs
const IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.spec){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"spec"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.metadata||IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate22(data.metadata,{instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate22.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate22.errors)).length),void 0===data.spec||IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate26(data.spec,{instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate26.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate26.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||(0,IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t.errors)).length),IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1PersistentVolumeClaimSpec_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimSpec_validate.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimSpec_validate.errors)).length),IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1EphemeralVolumeSource.mjs
const IoK8sApiCoreV1EphemeralVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.volumeClaimTemplate||IoK8sApiCoreV1EphemeralVolumeSource_validate22(data.volumeClaimTemplate,{instancePath:instancePath+"/volumeClaimTemplate",parentData:data,parentDataProperty:"volumeClaimTemplate",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1EphemeralVolumeSource_validate22.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1EphemeralVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimTemplate_validate.errors)).length),IoK8sApiCoreV1EphemeralVolumeSource_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1FCVolumeSource.mjs
const IoK8sApiCoreV1FCVolumeSource_validate=function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.fsType||IoK8sApiCoreV1FCVolumeSource_validate25(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FCVolumeSource_validate25.errors:vErrors.concat(IoK8sApiCoreV1FCVolumeSource_validate25.errors)).length),void 0===data.lun||IoK8sApiCoreV1FCVolumeSource_validate27(data.lun,{instancePath:instancePath+"/lun",parentData:data,parentDataProperty:"lun",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FCVolumeSource_validate27.errors:vErrors.concat(IoK8sApiCoreV1FCVolumeSource_validate27.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1FCVolumeSource_validate29(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FCVolumeSource_validate29.errors:vErrors.concat(IoK8sApiCoreV1FCVolumeSource_validate29.errors)).length),void 0===data.targetWWNs||IoK8sApiCoreV1FCVolumeSource_validate21(data.targetWWNs,{instancePath:instancePath+"/targetWWNs",parentData:data,parentDataProperty:"targetWWNs",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FCVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1FCVolumeSource_validate21.errors)).length),void 0===data.wwids||IoK8sApiCoreV1FCVolumeSource_validate21(data.wwids,{instancePath:instancePath+"/wwids",parentData:data,parentDataProperty:"wwids",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FCVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1FCVolumeSource_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate24.errors=vErrors,0===errors};function IoK8sApiCoreV1FCVolumeSource_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1FCVolumeSource_validate25.errors=vErrors,0===errors}let IoK8sApiCoreV1FCVolumeSource_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1FCVolumeSource_validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1FCVolumeSource_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1FCVolumeSource_validate27.errors=vErrors,0===errors}function IoK8sApiCoreV1FCVolumeSource_validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1FCVolumeSource_validate29.errors=vErrors,0===errors}function IoK8sApiCoreV1FCVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1FCVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1FCVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1FCVolumeSource_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FCVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1FCVolumeSource_validate22.errors)).length)}return IoK8sApiCoreV1FCVolumeSource_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1FlexVolumeSource.mjs
const IoK8sApiCoreV1FlexVolumeSource_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.driver){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"driver"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.driver||IoK8sApiCoreV1FlexVolumeSource_validate21(data.driver,{instancePath:instancePath+"/driver",parentData:data,parentDataProperty:"driver",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FlexVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1FlexVolumeSource_validate21.errors)).length),void 0===data.fsType||IoK8sApiCoreV1FlexVolumeSource_validate24(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FlexVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1FlexVolumeSource_validate24.errors)).length),void 0===data.options||IoK8sApiCoreV1FlexVolumeSource_validate26(data.options,{instancePath:instancePath+"/options",parentData:data,parentDataProperty:"options",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FlexVolumeSource_validate26.errors:vErrors.concat(IoK8sApiCoreV1FlexVolumeSource_validate26.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1FlexVolumeSource_validate29(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FlexVolumeSource_validate29.errors:vErrors.concat(IoK8sApiCoreV1FlexVolumeSource_validate29.errors)).length),void 0===data.secretRef||IoK8sApiCoreV1FlexVolumeSource_validate31(data.secretRef,{instancePath:instancePath+"/secretRef",parentData:data,parentDataProperty:"secretRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FlexVolumeSource_validate31.errors:vErrors.concat(IoK8sApiCoreV1FlexVolumeSource_validate31.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1FlexVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1FlexVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1FlexVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1FlexVolumeSource_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1FlexVolumeSource_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)IoK8sApiCoreV1FlexVolumeSource_validate21(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FlexVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1FlexVolumeSource_validate21.errors)).length);return IoK8sApiCoreV1FlexVolumeSource_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1FlexVolumeSource_validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1FlexVolumeSource_validate29.errors=vErrors,0===errors}function IoK8sApiCoreV1FlexVolumeSource_validate31(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1LocalObjectReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LocalObjectReference_validate.errors:vErrors.concat(IoK8sApiCoreV1LocalObjectReference_validate.errors)).length),IoK8sApiCoreV1FlexVolumeSource_validate31.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1FlockerVolumeSource.mjs
const IoK8sApiCoreV1FlockerVolumeSource_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.datasetName||IoK8sApiCoreV1FlockerVolumeSource_validate21(data.datasetName,{instancePath:instancePath+"/datasetName",parentData:data,parentDataProperty:"datasetName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FlockerVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1FlockerVolumeSource_validate21.errors)).length),void 0===data.datasetUUID||IoK8sApiCoreV1FlockerVolumeSource_validate21(data.datasetUUID,{instancePath:instancePath+"/datasetUUID",parentData:data,parentDataProperty:"datasetUUID",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FlockerVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1FlockerVolumeSource_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1FlockerVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1FlockerVolumeSource_validate21.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1GCEPersistentDiskVolumeSource.mjs
const IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.pdName){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"pdName"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.fsType||IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate22(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate22.errors)).length),void 0===data.partition||IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate24(data.partition,{instancePath:instancePath+"/partition",parentData:data,parentDataProperty:"partition",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate24.errors)).length),void 0===data.pdName||IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate26(data.pdName,{instancePath:instancePath+"/pdName",parentData:data,parentDataProperty:"pdName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate26.errors:vErrors.concat(IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate26.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate28(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate28.errors:vErrors.concat(IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate28.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate22.errors=vErrors,0===errors}let IoK8sApiCoreV1GCEPersistentDiskVolumeSource_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1GCEPersistentDiskVolumeSource_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate28.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1GitRepoVolumeSource.mjs
const IoK8sApiCoreV1GitRepoVolumeSource_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.repository){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"repository"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.directory||IoK8sApiCoreV1GitRepoVolumeSource_validate21(data.directory,{instancePath:instancePath+"/directory",parentData:data,parentDataProperty:"directory",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GitRepoVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1GitRepoVolumeSource_validate21.errors)).length),void 0===data.repository||IoK8sApiCoreV1GitRepoVolumeSource_validate24(data.repository,{instancePath:instancePath+"/repository",parentData:data,parentDataProperty:"repository",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GitRepoVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1GitRepoVolumeSource_validate24.errors)).length),void 0===data.revision||IoK8sApiCoreV1GitRepoVolumeSource_validate21(data.revision,{instancePath:instancePath+"/revision",parentData:data,parentDataProperty:"revision",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GitRepoVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1GitRepoVolumeSource_validate21.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1GitRepoVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1GitRepoVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1GitRepoVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1GitRepoVolumeSource_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1GlusterfsVolumeSource.mjs
const IoK8sApiCoreV1GlusterfsVolumeSource_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.endpoints){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"endpoints"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.path){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"path"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.endpoints||IoK8sApiCoreV1GlusterfsVolumeSource_validate21(data.endpoints,{instancePath:instancePath+"/endpoints",parentData:data,parentDataProperty:"endpoints",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GlusterfsVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1GlusterfsVolumeSource_validate21.errors)).length),void 0===data.path||IoK8sApiCoreV1GlusterfsVolumeSource_validate21(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GlusterfsVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1GlusterfsVolumeSource_validate21.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1GlusterfsVolumeSource_validate25(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GlusterfsVolumeSource_validate25.errors:vErrors.concat(IoK8sApiCoreV1GlusterfsVolumeSource_validate25.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1GlusterfsVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1GlusterfsVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1GlusterfsVolumeSource_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1GlusterfsVolumeSource_validate25.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1HostPathVolumeSource.mjs
const IoK8sApiCoreV1HostPathVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.path){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"path"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.path||IoK8sApiCoreV1HostPathVolumeSource_validate22(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HostPathVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1HostPathVolumeSource_validate22.errors)).length),void 0===data.type||IoK8sApiCoreV1HostPathVolumeSource_validate24(data.type,{instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HostPathVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1HostPathVolumeSource_validate24.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1HostPathVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1HostPathVolumeSource_validate22.errors=vErrors,0===errors}let IoK8sApiCoreV1HostPathVolumeSource_schema8={enum:["","BlockDevice","CharDevice","Directory","DirectoryOrCreate","File","FileOrCreate","Socket"]};function IoK8sApiCoreV1HostPathVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!(""===data||"BlockDevice"===data||"CharDevice"===data||"Directory"===data||"DirectoryOrCreate"===data||"File"===data||"FileOrCreate"===data||"Socket"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1HostPathVolumeSource_schema8.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1HostPathVolumeSource_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ImageVolumeSource.mjs
const IoK8sApiCoreV1ImageVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.pullPolicy||IoK8sApiCoreV1ImageVolumeSource_validate22(data.pullPolicy,{instancePath:instancePath+"/pullPolicy",parentData:data,parentDataProperty:"pullPolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ImageVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1ImageVolumeSource_validate22.errors)).length),void 0===data.reference||IoK8sApiCoreV1ImageVolumeSource_validate24(data.reference,{instancePath:instancePath+"/reference",parentData:data,parentDataProperty:"reference",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ImageVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1ImageVolumeSource_validate24.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};let schema7={enum:["Always","IfNotPresent","Never"]};function IoK8sApiCoreV1ImageVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Always"===data||"IfNotPresent"===data||"Never"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema7.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1ImageVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ImageVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ImageVolumeSource_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ISCSIVolumeSource.mjs
const IoK8sApiCoreV1ISCSIVolumeSource_validate=function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.targetPortal){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"targetPortal"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.iqn){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"iqn"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}if(void 0===data.lun){let err2={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"lun"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}void 0===data.chapAuthDiscovery||IoK8sApiCoreV1ISCSIVolumeSource_validate21(data.chapAuthDiscovery,{instancePath:instancePath+"/chapAuthDiscovery",parentData:data,parentDataProperty:"chapAuthDiscovery",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate21.errors)).length),void 0===data.chapAuthSession||IoK8sApiCoreV1ISCSIVolumeSource_validate21(data.chapAuthSession,{instancePath:instancePath+"/chapAuthSession",parentData:data,parentDataProperty:"chapAuthSession",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate21.errors)).length),void 0===data.fsType||IoK8sApiCoreV1ISCSIVolumeSource_validate22(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate22.errors)).length),void 0===data.initiatorName||IoK8sApiCoreV1ISCSIVolumeSource_validate22(data.initiatorName,{instancePath:instancePath+"/initiatorName",parentData:data,parentDataProperty:"initiatorName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate22.errors)).length),void 0===data.iqn||IoK8sApiCoreV1ISCSIVolumeSource_validate23(data.iqn,{instancePath:instancePath+"/iqn",parentData:data,parentDataProperty:"iqn",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate23.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate23.errors)).length),void 0===data.iscsiInterface||IoK8sApiCoreV1ISCSIVolumeSource_validate22(data.iscsiInterface,{instancePath:instancePath+"/iscsiInterface",parentData:data,parentDataProperty:"iscsiInterface",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate22.errors)).length),void 0===data.lun||IoK8sApiCoreV1ISCSIVolumeSource_validate31(data.lun,{instancePath:instancePath+"/lun",parentData:data,parentDataProperty:"lun",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate31.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate31.errors)).length),void 0===data.portals||IoK8sApiCoreV1ISCSIVolumeSource_validate33(data.portals,{instancePath:instancePath+"/portals",parentData:data,parentDataProperty:"portals",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate33.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate33.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1ISCSIVolumeSource_validate21(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate21.errors)).length),void 0===data.secretRef||validate37(data.secretRef,{instancePath:instancePath+"/secretRef",parentData:data,parentDataProperty:"secretRef",rootData})||(errors=(vErrors=null===vErrors?validate37.errors:vErrors.concat(validate37.errors)).length),void 0===data.targetPortal||IoK8sApiCoreV1ISCSIVolumeSource_validate23(data.targetPortal,{instancePath:instancePath+"/targetPortal",parentData:data,parentDataProperty:"targetPortal",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate23.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate23.errors)).length)}else{let err3={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err3]:vErrors.push(err3),errors++}return validate24.errors=vErrors,0===errors};function IoK8sApiCoreV1ISCSIVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ISCSIVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1ISCSIVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ISCSIVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ISCSIVolumeSource_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ISCSIVolumeSource_validate23.errors=vErrors,0===errors}let IoK8sApiCoreV1ISCSIVolumeSource_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1ISCSIVolumeSource_validate31(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1ISCSIVolumeSource_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1ISCSIVolumeSource_validate31.errors=vErrors,0===errors}function IoK8sApiCoreV1ISCSIVolumeSource_validate33(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1ISCSIVolumeSource_validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate23.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate23.errors)).length)}return IoK8sApiCoreV1ISCSIVolumeSource_validate33.errors=vErrors,0===errors}function validate37(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1LocalObjectReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LocalObjectReference_validate.errors:vErrors.concat(IoK8sApiCoreV1LocalObjectReference_validate.errors)).length),validate37.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1NFSVolumeSource.mjs
const IoK8sApiCoreV1NFSVolumeSource_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.server){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"server"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.path){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"path"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.path||IoK8sApiCoreV1NFSVolumeSource_validate21(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NFSVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1NFSVolumeSource_validate21.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1NFSVolumeSource_validate24(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NFSVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1NFSVolumeSource_validate24.errors)).length),void 0===data.server||IoK8sApiCoreV1NFSVolumeSource_validate21(data.server,{instancePath:instancePath+"/server",parentData:data,parentDataProperty:"server",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NFSVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1NFSVolumeSource_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1NFSVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1NFSVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1NFSVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1NFSVolumeSource_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaimVolumeSource.mjs
const IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.claimName){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"claimName"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.claimName||IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate22(data.claimName,{instancePath:instancePath+"/claimName",parentData:data,parentDataProperty:"claimName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate22.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate24(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate24.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PhotonPersistentDiskVolumeSource.mjs
const IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.pdID){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"pdID"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.fsType||IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate22(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate22.errors)).length),void 0===data.pdID||IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate24(data.pdID,{instancePath:instancePath+"/pdID",parentData:data,parentDataProperty:"pdID",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate24.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PortworxVolumeSource.mjs
const IoK8sApiCoreV1PortworxVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.volumeID){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"volumeID"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.fsType||IoK8sApiCoreV1PortworxVolumeSource_validate22(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PortworxVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1PortworxVolumeSource_validate22.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1PortworxVolumeSource_validate24(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PortworxVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1PortworxVolumeSource_validate24.errors)).length),void 0===data.volumeID||IoK8sApiCoreV1PortworxVolumeSource_validate26(data.volumeID,{instancePath:instancePath+"/volumeID",parentData:data,parentDataProperty:"volumeID",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PortworxVolumeSource_validate26.errors:vErrors.concat(IoK8sApiCoreV1PortworxVolumeSource_validate26.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PortworxVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PortworxVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1PortworxVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PortworxVolumeSource_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1PortworxVolumeSource_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PortworxVolumeSource_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ClusterTrustBundleProjection.mjs
const IoK8sApiCoreV1ClusterTrustBundleProjection_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.path){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"path"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.labelSelector||IoK8sApiCoreV1ClusterTrustBundleProjection_validate23(data.labelSelector,{instancePath:instancePath+"/labelSelector",parentData:data,parentDataProperty:"labelSelector",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ClusterTrustBundleProjection_validate23.errors:vErrors.concat(IoK8sApiCoreV1ClusterTrustBundleProjection_validate23.errors)).length),void 0===data.name||IoK8sApiCoreV1ClusterTrustBundleProjection_validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ClusterTrustBundleProjection_validate21.errors:vErrors.concat(IoK8sApiCoreV1ClusterTrustBundleProjection_validate21.errors)).length),void 0===data.optional||IoK8sApiCoreV1ClusterTrustBundleProjection_validate28(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ClusterTrustBundleProjection_validate28.errors:vErrors.concat(IoK8sApiCoreV1ClusterTrustBundleProjection_validate28.errors)).length),void 0===data.path||IoK8sApiCoreV1ClusterTrustBundleProjection_validate30(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ClusterTrustBundleProjection_validate30.errors:vErrors.concat(IoK8sApiCoreV1ClusterTrustBundleProjection_validate30.errors)).length),void 0===data.signerName||IoK8sApiCoreV1ClusterTrustBundleProjection_validate21(data.signerName,{instancePath:instancePath+"/signerName",parentData:data,parentDataProperty:"signerName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ClusterTrustBundleProjection_validate21.errors:vErrors.concat(IoK8sApiCoreV1ClusterTrustBundleProjection_validate21.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1ClusterTrustBundleProjection_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApimachineryPkgApisMetaV1LabelSelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1LabelSelector_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1LabelSelector_validate.errors)).length),IoK8sApiCoreV1ClusterTrustBundleProjection_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1ClusterTrustBundleProjection_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ClusterTrustBundleProjection_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1ClusterTrustBundleProjection_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ClusterTrustBundleProjection_validate28.errors=vErrors,0===errors}function IoK8sApiCoreV1ClusterTrustBundleProjection_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ClusterTrustBundleProjection_validate30.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMapProjection.mjs
const IoK8sApiCoreV1ConfigMapProjection_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.items||IoK8sApiCoreV1ConfigMapProjection_validate22(data.items,{instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapProjection_validate22.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapProjection_validate22.errors)).length),void 0===data.name||IoK8sApiCoreV1ConfigMapProjection_validate28(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapProjection_validate28.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapProjection_validate28.errors)).length),void 0===data.optional||IoK8sApiCoreV1ConfigMapProjection_validate30(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapProjection_validate30.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapProjection_validate30.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1ConfigMapProjection_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1KeyToPath_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1KeyToPath_validate.errors:vErrors.concat(IoK8sApiCoreV1KeyToPath_validate.errors)).length),IoK8sApiCoreV1ConfigMapProjection_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1ConfigMapProjection_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1ConfigMapProjection_validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapProjection_validate23.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapProjection_validate23.errors)).length)}return IoK8sApiCoreV1ConfigMapProjection_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ConfigMapProjection_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ConfigMapProjection_validate28.errors=vErrors,0===errors}function IoK8sApiCoreV1ConfigMapProjection_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ConfigMapProjection_validate30.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1DownwardAPIProjection.mjs
const IoK8sApiCoreV1DownwardAPIProjection_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.items||IoK8sApiCoreV1DownwardAPIProjection_validate22(data.items,{instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIProjection_validate22.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIProjection_validate22.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1DownwardAPIProjection_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1DownwardAPIVolumeFile_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIVolumeFile_validate.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIVolumeFile_validate.errors)).length),IoK8sApiCoreV1DownwardAPIProjection_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1DownwardAPIProjection_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1DownwardAPIProjection_validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIProjection_validate23.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIProjection_validate23.errors)).length)}return IoK8sApiCoreV1DownwardAPIProjection_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SecretProjection.mjs
const IoK8sApiCoreV1SecretProjection_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.items||IoK8sApiCoreV1SecretProjection_validate22(data.items,{instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretProjection_validate22.errors:vErrors.concat(IoK8sApiCoreV1SecretProjection_validate22.errors)).length),void 0===data.name||IoK8sApiCoreV1SecretProjection_validate28(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretProjection_validate28.errors:vErrors.concat(IoK8sApiCoreV1SecretProjection_validate28.errors)).length),void 0===data.optional||IoK8sApiCoreV1SecretProjection_validate30(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretProjection_validate30.errors:vErrors.concat(IoK8sApiCoreV1SecretProjection_validate30.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1SecretProjection_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1KeyToPath_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1KeyToPath_validate.errors:vErrors.concat(IoK8sApiCoreV1KeyToPath_validate.errors)).length),IoK8sApiCoreV1SecretProjection_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1SecretProjection_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1SecretProjection_validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretProjection_validate23.errors:vErrors.concat(IoK8sApiCoreV1SecretProjection_validate23.errors)).length)}return IoK8sApiCoreV1SecretProjection_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1SecretProjection_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SecretProjection_validate28.errors=vErrors,0===errors}function IoK8sApiCoreV1SecretProjection_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SecretProjection_validate30.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ServiceAccountTokenProjection.mjs
const IoK8sApiCoreV1ServiceAccountTokenProjection_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.path){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"path"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.audience||IoK8sApiCoreV1ServiceAccountTokenProjection_validate22(data.audience,{instancePath:instancePath+"/audience",parentData:data,parentDataProperty:"audience",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceAccountTokenProjection_validate22.errors:vErrors.concat(IoK8sApiCoreV1ServiceAccountTokenProjection_validate22.errors)).length),void 0===data.expirationSeconds||IoK8sApiCoreV1ServiceAccountTokenProjection_validate24(data.expirationSeconds,{instancePath:instancePath+"/expirationSeconds",parentData:data,parentDataProperty:"expirationSeconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceAccountTokenProjection_validate24.errors:vErrors.concat(IoK8sApiCoreV1ServiceAccountTokenProjection_validate24.errors)).length),void 0===data.path||IoK8sApiCoreV1ServiceAccountTokenProjection_validate26(data.path,{instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceAccountTokenProjection_validate26.errors:vErrors.concat(IoK8sApiCoreV1ServiceAccountTokenProjection_validate26.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1ServiceAccountTokenProjection_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ServiceAccountTokenProjection_validate22.errors=vErrors,0===errors}let IoK8sApiCoreV1ServiceAccountTokenProjection_formats0=formats/* formats */.F.int64;function IoK8sApiCoreV1ServiceAccountTokenProjection_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1ServiceAccountTokenProjection_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1ServiceAccountTokenProjection_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1ServiceAccountTokenProjection_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ServiceAccountTokenProjection_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1VolumeProjection.mjs
const IoK8sApiCoreV1VolumeProjection_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.clusterTrustBundle||IoK8sApiCoreV1VolumeProjection_validate22(data.clusterTrustBundle,{instancePath:instancePath+"/clusterTrustBundle",parentData:data,parentDataProperty:"clusterTrustBundle",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeProjection_validate22.errors:vErrors.concat(IoK8sApiCoreV1VolumeProjection_validate22.errors)).length),void 0===data.configMap||IoK8sApiCoreV1VolumeProjection_validate26(data.configMap,{instancePath:instancePath+"/configMap",parentData:data,parentDataProperty:"configMap",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeProjection_validate26.errors:vErrors.concat(IoK8sApiCoreV1VolumeProjection_validate26.errors)).length),void 0===data.downwardAPI||IoK8sApiCoreV1VolumeProjection_validate30(data.downwardAPI,{instancePath:instancePath+"/downwardAPI",parentData:data,parentDataProperty:"downwardAPI",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeProjection_validate30.errors:vErrors.concat(IoK8sApiCoreV1VolumeProjection_validate30.errors)).length),void 0===data.secret||IoK8sApiCoreV1VolumeProjection_validate34(data.secret,{instancePath:instancePath+"/secret",parentData:data,parentDataProperty:"secret",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeProjection_validate34.errors:vErrors.concat(IoK8sApiCoreV1VolumeProjection_validate34.errors)).length),void 0===data.serviceAccountToken||IoK8sApiCoreV1VolumeProjection_validate38(data.serviceAccountToken,{instancePath:instancePath+"/serviceAccountToken",parentData:data,parentDataProperty:"serviceAccountToken",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeProjection_validate38.errors:vErrors.concat(IoK8sApiCoreV1VolumeProjection_validate38.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1VolumeProjection_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ClusterTrustBundleProjection_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ClusterTrustBundleProjection_validate.errors:vErrors.concat(IoK8sApiCoreV1ClusterTrustBundleProjection_validate.errors)).length),IoK8sApiCoreV1VolumeProjection_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1VolumeProjection_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ConfigMapProjection_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapProjection_validate.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapProjection_validate.errors)).length),IoK8sApiCoreV1VolumeProjection_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1VolumeProjection_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1DownwardAPIProjection_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIProjection_validate.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIProjection_validate.errors)).length),IoK8sApiCoreV1VolumeProjection_validate30.errors=vErrors,0===errors}function IoK8sApiCoreV1VolumeProjection_validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SecretProjection_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretProjection_validate.errors:vErrors.concat(IoK8sApiCoreV1SecretProjection_validate.errors)).length),IoK8sApiCoreV1VolumeProjection_validate34.errors=vErrors,0===errors}function IoK8sApiCoreV1VolumeProjection_validate38(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ServiceAccountTokenProjection_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceAccountTokenProjection_validate.errors:vErrors.concat(IoK8sApiCoreV1ServiceAccountTokenProjection_validate.errors)).length),IoK8sApiCoreV1VolumeProjection_validate38.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ProjectedVolumeSource.mjs
const IoK8sApiCoreV1ProjectedVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.defaultMode||IoK8sApiCoreV1ProjectedVolumeSource_validate22(data.defaultMode,{instancePath:instancePath+"/defaultMode",parentData:data,parentDataProperty:"defaultMode",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ProjectedVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1ProjectedVolumeSource_validate22.errors)).length),void 0===data.sources||IoK8sApiCoreV1ProjectedVolumeSource_validate24(data.sources,{instancePath:instancePath+"/sources",parentData:data,parentDataProperty:"sources",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ProjectedVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1ProjectedVolumeSource_validate24.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};let IoK8sApiCoreV1ProjectedVolumeSource_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1ProjectedVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1ProjectedVolumeSource_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1ProjectedVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ProjectedVolumeSource_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1VolumeProjection_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VolumeProjection_validate.errors:vErrors.concat(IoK8sApiCoreV1VolumeProjection_validate.errors)).length),IoK8sApiCoreV1ProjectedVolumeSource_validate25.errors=vErrors,0===errors}function IoK8sApiCoreV1ProjectedVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1ProjectedVolumeSource_validate25(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ProjectedVolumeSource_validate25.errors:vErrors.concat(IoK8sApiCoreV1ProjectedVolumeSource_validate25.errors)).length)}return IoK8sApiCoreV1ProjectedVolumeSource_validate24.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1QuobyteVolumeSource.mjs
const IoK8sApiCoreV1QuobyteVolumeSource_validate=function validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.registry){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"registry"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.volume){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"volume"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.group||IoK8sApiCoreV1QuobyteVolumeSource_validate21(data.group,{instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1QuobyteVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1QuobyteVolumeSource_validate21.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1QuobyteVolumeSource_validate25(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1QuobyteVolumeSource_validate25.errors:vErrors.concat(IoK8sApiCoreV1QuobyteVolumeSource_validate25.errors)).length),void 0===data.registry||IoK8sApiCoreV1QuobyteVolumeSource_validate22(data.registry,{instancePath:instancePath+"/registry",parentData:data,parentDataProperty:"registry",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1QuobyteVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1QuobyteVolumeSource_validate22.errors)).length),void 0===data.tenant||IoK8sApiCoreV1QuobyteVolumeSource_validate21(data.tenant,{instancePath:instancePath+"/tenant",parentData:data,parentDataProperty:"tenant",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1QuobyteVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1QuobyteVolumeSource_validate21.errors)).length),void 0===data.user||IoK8sApiCoreV1QuobyteVolumeSource_validate21(data.user,{instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1QuobyteVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1QuobyteVolumeSource_validate21.errors)).length),void 0===data.volume||IoK8sApiCoreV1QuobyteVolumeSource_validate22(data.volume,{instancePath:instancePath+"/volume",parentData:data,parentDataProperty:"volume",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1QuobyteVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1QuobyteVolumeSource_validate22.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate23.errors=vErrors,0===errors};function IoK8sApiCoreV1QuobyteVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1QuobyteVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1QuobyteVolumeSource_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1QuobyteVolumeSource_validate25.errors=vErrors,0===errors}function IoK8sApiCoreV1QuobyteVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1QuobyteVolumeSource_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1RBDVolumeSource.mjs
const IoK8sApiCoreV1RBDVolumeSource_validate=function validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.monitors){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"monitors"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.image){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"image"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.fsType||IoK8sApiCoreV1RBDVolumeSource_validate21(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1RBDVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1RBDVolumeSource_validate21.errors)).length),void 0===data.image||IoK8sApiCoreV1RBDVolumeSource_validate22(data.image,{instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1RBDVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1RBDVolumeSource_validate22.errors)).length),void 0===data.keyring||IoK8sApiCoreV1RBDVolumeSource_validate21(data.keyring,{instancePath:instancePath+"/keyring",parentData:data,parentDataProperty:"keyring",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1RBDVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1RBDVolumeSource_validate21.errors)).length),void 0===data.monitors||IoK8sApiCoreV1RBDVolumeSource_validate27(data.monitors,{instancePath:instancePath+"/monitors",parentData:data,parentDataProperty:"monitors",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1RBDVolumeSource_validate27.errors:vErrors.concat(IoK8sApiCoreV1RBDVolumeSource_validate27.errors)).length),void 0===data.pool||IoK8sApiCoreV1RBDVolumeSource_validate21(data.pool,{instancePath:instancePath+"/pool",parentData:data,parentDataProperty:"pool",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1RBDVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1RBDVolumeSource_validate21.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1RBDVolumeSource_validate31(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1RBDVolumeSource_validate31.errors:vErrors.concat(IoK8sApiCoreV1RBDVolumeSource_validate31.errors)).length),void 0===data.secretRef||IoK8sApiCoreV1RBDVolumeSource_validate33(data.secretRef,{instancePath:instancePath+"/secretRef",parentData:data,parentDataProperty:"secretRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1RBDVolumeSource_validate33.errors:vErrors.concat(IoK8sApiCoreV1RBDVolumeSource_validate33.errors)).length),void 0===data.user||IoK8sApiCoreV1RBDVolumeSource_validate21(data.user,{instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1RBDVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1RBDVolumeSource_validate21.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate23.errors=vErrors,0===errors};function IoK8sApiCoreV1RBDVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1RBDVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1RBDVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1RBDVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1RBDVolumeSource_validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1RBDVolumeSource_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1RBDVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1RBDVolumeSource_validate22.errors)).length)}else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1RBDVolumeSource_validate27.errors=vErrors,0===errors}function IoK8sApiCoreV1RBDVolumeSource_validate31(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1RBDVolumeSource_validate31.errors=vErrors,0===errors}function IoK8sApiCoreV1RBDVolumeSource_validate33(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1LocalObjectReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LocalObjectReference_validate.errors:vErrors.concat(IoK8sApiCoreV1LocalObjectReference_validate.errors)).length),IoK8sApiCoreV1RBDVolumeSource_validate33.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ScaleIOVolumeSource.mjs
const IoK8sApiCoreV1ScaleIOVolumeSource_validate=function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.gateway){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"gateway"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.system){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"system"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}if(void 0===data.secretRef){let err2={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"secretRef"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}void 0===data.fsType||IoK8sApiCoreV1ScaleIOVolumeSource_validate21(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ScaleIOVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1ScaleIOVolumeSource_validate21.errors)).length),void 0===data.gateway||IoK8sApiCoreV1ScaleIOVolumeSource_validate23(data.gateway,{instancePath:instancePath+"/gateway",parentData:data,parentDataProperty:"gateway",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ScaleIOVolumeSource_validate23.errors:vErrors.concat(IoK8sApiCoreV1ScaleIOVolumeSource_validate23.errors)).length),void 0===data.protectionDomain||IoK8sApiCoreV1ScaleIOVolumeSource_validate21(data.protectionDomain,{instancePath:instancePath+"/protectionDomain",parentData:data,parentDataProperty:"protectionDomain",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ScaleIOVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1ScaleIOVolumeSource_validate21.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1ScaleIOVolumeSource_validate22(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ScaleIOVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1ScaleIOVolumeSource_validate22.errors)).length),void 0===data.secretRef||IoK8sApiCoreV1ScaleIOVolumeSource_validate29(data.secretRef,{instancePath:instancePath+"/secretRef",parentData:data,parentDataProperty:"secretRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ScaleIOVolumeSource_validate29.errors:vErrors.concat(IoK8sApiCoreV1ScaleIOVolumeSource_validate29.errors)).length),void 0===data.sslEnabled||IoK8sApiCoreV1ScaleIOVolumeSource_validate22(data.sslEnabled,{instancePath:instancePath+"/sslEnabled",parentData:data,parentDataProperty:"sslEnabled",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ScaleIOVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1ScaleIOVolumeSource_validate22.errors)).length),void 0===data.storageMode||IoK8sApiCoreV1ScaleIOVolumeSource_validate21(data.storageMode,{instancePath:instancePath+"/storageMode",parentData:data,parentDataProperty:"storageMode",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ScaleIOVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1ScaleIOVolumeSource_validate21.errors)).length),void 0===data.storagePool||IoK8sApiCoreV1ScaleIOVolumeSource_validate21(data.storagePool,{instancePath:instancePath+"/storagePool",parentData:data,parentDataProperty:"storagePool",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ScaleIOVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1ScaleIOVolumeSource_validate21.errors)).length),void 0===data.system||IoK8sApiCoreV1ScaleIOVolumeSource_validate23(data.system,{instancePath:instancePath+"/system",parentData:data,parentDataProperty:"system",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ScaleIOVolumeSource_validate23.errors:vErrors.concat(IoK8sApiCoreV1ScaleIOVolumeSource_validate23.errors)).length),void 0===data.volumeName||IoK8sApiCoreV1ScaleIOVolumeSource_validate21(data.volumeName,{instancePath:instancePath+"/volumeName",parentData:data,parentDataProperty:"volumeName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ScaleIOVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1ScaleIOVolumeSource_validate21.errors)).length)}else{let err3={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err3]:vErrors.push(err3),errors++}return validate24.errors=vErrors,0===errors};function IoK8sApiCoreV1ScaleIOVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ScaleIOVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1ScaleIOVolumeSource_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ScaleIOVolumeSource_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1ScaleIOVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ScaleIOVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ScaleIOVolumeSource_validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1LocalObjectReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LocalObjectReference_validate.errors:vErrors.concat(IoK8sApiCoreV1LocalObjectReference_validate.errors)).length),IoK8sApiCoreV1ScaleIOVolumeSource_validate29.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SecretVolumeSource.mjs
const IoK8sApiCoreV1SecretVolumeSource_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.defaultMode||IoK8sApiCoreV1SecretVolumeSource_validate22(data.defaultMode,{instancePath:instancePath+"/defaultMode",parentData:data,parentDataProperty:"defaultMode",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretVolumeSource_validate22.errors:vErrors.concat(IoK8sApiCoreV1SecretVolumeSource_validate22.errors)).length),void 0===data.items||IoK8sApiCoreV1SecretVolumeSource_validate24(data.items,{instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1SecretVolumeSource_validate24.errors)).length),void 0===data.optional||IoK8sApiCoreV1SecretVolumeSource_validate30(data.optional,{instancePath:instancePath+"/optional",parentData:data,parentDataProperty:"optional",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretVolumeSource_validate30.errors:vErrors.concat(IoK8sApiCoreV1SecretVolumeSource_validate30.errors)).length),void 0===data.secretName||IoK8sApiCoreV1SecretVolumeSource_validate32(data.secretName,{instancePath:instancePath+"/secretName",parentData:data,parentDataProperty:"secretName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretVolumeSource_validate32.errors:vErrors.concat(IoK8sApiCoreV1SecretVolumeSource_validate32.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};let IoK8sApiCoreV1SecretVolumeSource_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1SecretVolumeSource_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1SecretVolumeSource_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1SecretVolumeSource_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1SecretVolumeSource_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1KeyToPath_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1KeyToPath_validate.errors:vErrors.concat(IoK8sApiCoreV1KeyToPath_validate.errors)).length),IoK8sApiCoreV1SecretVolumeSource_validate25.errors=vErrors,0===errors}function IoK8sApiCoreV1SecretVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1SecretVolumeSource_validate25(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretVolumeSource_validate25.errors:vErrors.concat(IoK8sApiCoreV1SecretVolumeSource_validate25.errors)).length)}return IoK8sApiCoreV1SecretVolumeSource_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1SecretVolumeSource_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SecretVolumeSource_validate30.errors=vErrors,0===errors}function IoK8sApiCoreV1SecretVolumeSource_validate32(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1SecretVolumeSource_validate32.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1StorageOSVolumeSource.mjs
const IoK8sApiCoreV1StorageOSVolumeSource_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.fsType||IoK8sApiCoreV1StorageOSVolumeSource_validate21(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1StorageOSVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1StorageOSVolumeSource_validate21.errors)).length),void 0===data.readOnly||IoK8sApiCoreV1StorageOSVolumeSource_validate24(data.readOnly,{instancePath:instancePath+"/readOnly",parentData:data,parentDataProperty:"readOnly",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1StorageOSVolumeSource_validate24.errors:vErrors.concat(IoK8sApiCoreV1StorageOSVolumeSource_validate24.errors)).length),void 0===data.secretRef||IoK8sApiCoreV1StorageOSVolumeSource_validate26(data.secretRef,{instancePath:instancePath+"/secretRef",parentData:data,parentDataProperty:"secretRef",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1StorageOSVolumeSource_validate26.errors:vErrors.concat(IoK8sApiCoreV1StorageOSVolumeSource_validate26.errors)).length),void 0===data.volumeName||IoK8sApiCoreV1StorageOSVolumeSource_validate21(data.volumeName,{instancePath:instancePath+"/volumeName",parentData:data,parentDataProperty:"volumeName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1StorageOSVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1StorageOSVolumeSource_validate21.errors)).length),void 0===data.volumeNamespace||IoK8sApiCoreV1StorageOSVolumeSource_validate21(data.volumeNamespace,{instancePath:instancePath+"/volumeNamespace",parentData:data,parentDataProperty:"volumeNamespace",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1StorageOSVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1StorageOSVolumeSource_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1StorageOSVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1StorageOSVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1StorageOSVolumeSource_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1StorageOSVolumeSource_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1StorageOSVolumeSource_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1LocalObjectReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LocalObjectReference_validate.errors:vErrors.concat(IoK8sApiCoreV1LocalObjectReference_validate.errors)).length),IoK8sApiCoreV1StorageOSVolumeSource_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1VsphereVirtualDiskVolumeSource.mjs
const IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.volumePath){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"volumePath"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.fsType||IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate21(data.fsType,{instancePath:instancePath+"/fsType",parentData:data,parentDataProperty:"fsType",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate21.errors)).length),void 0===data.storagePolicyID||IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate21(data.storagePolicyID,{instancePath:instancePath+"/storagePolicyID",parentData:data,parentDataProperty:"storagePolicyID",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate21.errors)).length),void 0===data.storagePolicyName||IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate21(data.storagePolicyName,{instancePath:instancePath+"/storagePolicyName",parentData:data,parentDataProperty:"storagePolicyName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate21.errors:vErrors.concat(IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate21.errors)).length),void 0===data.volumePath||IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate26(data.volumePath,{instancePath:instancePath+"/volumePath",parentData:data,parentDataProperty:"volumePath",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate26.errors:vErrors.concat(IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate26.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Volume.mjs
const IoK8sApiCoreV1Volume_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.name){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.awsElasticBlockStore||IoK8sApiCoreV1Volume_validate22(data.awsElasticBlockStore,{instancePath:instancePath+"/awsElasticBlockStore",parentData:data,parentDataProperty:"awsElasticBlockStore",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Volume_validate22.errors:vErrors.concat(IoK8sApiCoreV1Volume_validate22.errors)).length),void 0===data.azureDisk||IoK8sApiCoreV1Volume_validate26(data.azureDisk,{instancePath:instancePath+"/azureDisk",parentData:data,parentDataProperty:"azureDisk",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Volume_validate26.errors:vErrors.concat(IoK8sApiCoreV1Volume_validate26.errors)).length),void 0===data.azureFile||IoK8sApiCoreV1Volume_validate30(data.azureFile,{instancePath:instancePath+"/azureFile",parentData:data,parentDataProperty:"azureFile",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Volume_validate30.errors:vErrors.concat(IoK8sApiCoreV1Volume_validate30.errors)).length),void 0===data.cephfs||IoK8sApiCoreV1Volume_validate34(data.cephfs,{instancePath:instancePath+"/cephfs",parentData:data,parentDataProperty:"cephfs",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Volume_validate34.errors:vErrors.concat(IoK8sApiCoreV1Volume_validate34.errors)).length),void 0===data.cinder||IoK8sApiCoreV1Volume_validate38(data.cinder,{instancePath:instancePath+"/cinder",parentData:data,parentDataProperty:"cinder",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Volume_validate38.errors:vErrors.concat(IoK8sApiCoreV1Volume_validate38.errors)).length),void 0===data.configMap||validate42(data.configMap,{instancePath:instancePath+"/configMap",parentData:data,parentDataProperty:"configMap",rootData})||(errors=(vErrors=null===vErrors?validate42.errors:vErrors.concat(validate42.errors)).length),void 0===data.csi||validate46(data.csi,{instancePath:instancePath+"/csi",parentData:data,parentDataProperty:"csi",rootData})||(errors=(vErrors=null===vErrors?validate46.errors:vErrors.concat(validate46.errors)).length),void 0===data.downwardAPI||IoK8sApiCoreV1Volume_validate50(data.downwardAPI,{instancePath:instancePath+"/downwardAPI",parentData:data,parentDataProperty:"downwardAPI",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Volume_validate50.errors:vErrors.concat(IoK8sApiCoreV1Volume_validate50.errors)).length),void 0===data.emptyDir||IoK8sApiCoreV1Volume_validate54(data.emptyDir,{instancePath:instancePath+"/emptyDir",parentData:data,parentDataProperty:"emptyDir",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Volume_validate54.errors:vErrors.concat(IoK8sApiCoreV1Volume_validate54.errors)).length),void 0===data.ephemeral||validate58(data.ephemeral,{instancePath:instancePath+"/ephemeral",parentData:data,parentDataProperty:"ephemeral",rootData})||(errors=(vErrors=null===vErrors?validate58.errors:vErrors.concat(validate58.errors)).length),void 0===data.fc||validate62(data.fc,{instancePath:instancePath+"/fc",parentData:data,parentDataProperty:"fc",rootData})||(errors=(vErrors=null===vErrors?validate62.errors:vErrors.concat(validate62.errors)).length),void 0===data.flexVolume||IoK8sApiCoreV1Volume_validate66(data.flexVolume,{instancePath:instancePath+"/flexVolume",parentData:data,parentDataProperty:"flexVolume",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Volume_validate66.errors:vErrors.concat(IoK8sApiCoreV1Volume_validate66.errors)).length),void 0===data.flocker||validate70(data.flocker,{instancePath:instancePath+"/flocker",parentData:data,parentDataProperty:"flocker",rootData})||(errors=(vErrors=null===vErrors?validate70.errors:vErrors.concat(validate70.errors)).length),void 0===data.gcePersistentDisk||validate74(data.gcePersistentDisk,{instancePath:instancePath+"/gcePersistentDisk",parentData:data,parentDataProperty:"gcePersistentDisk",rootData})||(errors=(vErrors=null===vErrors?validate74.errors:vErrors.concat(validate74.errors)).length),void 0===data.gitRepo||validate78(data.gitRepo,{instancePath:instancePath+"/gitRepo",parentData:data,parentDataProperty:"gitRepo",rootData})||(errors=(vErrors=null===vErrors?validate78.errors:vErrors.concat(validate78.errors)).length),void 0===data.glusterfs||IoK8sApiCoreV1Volume_validate82(data.glusterfs,{instancePath:instancePath+"/glusterfs",parentData:data,parentDataProperty:"glusterfs",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Volume_validate82.errors:vErrors.concat(IoK8sApiCoreV1Volume_validate82.errors)).length),void 0===data.hostPath||validate86(data.hostPath,{instancePath:instancePath+"/hostPath",parentData:data,parentDataProperty:"hostPath",rootData})||(errors=(vErrors=null===vErrors?validate86.errors:vErrors.concat(validate86.errors)).length),void 0===data.image||IoK8sApiCoreV1Volume_validate90(data.image,{instancePath:instancePath+"/image",parentData:data,parentDataProperty:"image",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Volume_validate90.errors:vErrors.concat(IoK8sApiCoreV1Volume_validate90.errors)).length),void 0===data.iscsi||validate94(data.iscsi,{instancePath:instancePath+"/iscsi",parentData:data,parentDataProperty:"iscsi",rootData})||(errors=(vErrors=null===vErrors?validate94.errors:vErrors.concat(validate94.errors)).length),void 0===data.name||validate98(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?validate98.errors:vErrors.concat(validate98.errors)).length),void 0===data.nfs||validate100(data.nfs,{instancePath:instancePath+"/nfs",parentData:data,parentDataProperty:"nfs",rootData})||(errors=(vErrors=null===vErrors?validate100.errors:vErrors.concat(validate100.errors)).length),void 0===data.persistentVolumeClaim||validate104(data.persistentVolumeClaim,{instancePath:instancePath+"/persistentVolumeClaim",parentData:data,parentDataProperty:"persistentVolumeClaim",rootData})||(errors=(vErrors=null===vErrors?validate104.errors:vErrors.concat(validate104.errors)).length),void 0===data.photonPersistentDisk||validate108(data.photonPersistentDisk,{instancePath:instancePath+"/photonPersistentDisk",parentData:data,parentDataProperty:"photonPersistentDisk",rootData})||(errors=(vErrors=null===vErrors?validate108.errors:vErrors.concat(validate108.errors)).length),void 0===data.portworxVolume||validate112(data.portworxVolume,{instancePath:instancePath+"/portworxVolume",parentData:data,parentDataProperty:"portworxVolume",rootData})||(errors=(vErrors=null===vErrors?validate112.errors:vErrors.concat(validate112.errors)).length),void 0===data.projected||validate116(data.projected,{instancePath:instancePath+"/projected",parentData:data,parentDataProperty:"projected",rootData})||(errors=(vErrors=null===vErrors?validate116.errors:vErrors.concat(validate116.errors)).length),void 0===data.quobyte||validate120(data.quobyte,{instancePath:instancePath+"/quobyte",parentData:data,parentDataProperty:"quobyte",rootData})||(errors=(vErrors=null===vErrors?validate120.errors:vErrors.concat(validate120.errors)).length),void 0===data.rbd||validate124(data.rbd,{instancePath:instancePath+"/rbd",parentData:data,parentDataProperty:"rbd",rootData})||(errors=(vErrors=null===vErrors?validate124.errors:vErrors.concat(validate124.errors)).length),void 0===data.scaleIO||validate128(data.scaleIO,{instancePath:instancePath+"/scaleIO",parentData:data,parentDataProperty:"scaleIO",rootData})||(errors=(vErrors=null===vErrors?validate128.errors:vErrors.concat(validate128.errors)).length),void 0===data.secret||validate132(data.secret,{instancePath:instancePath+"/secret",parentData:data,parentDataProperty:"secret",rootData})||(errors=(vErrors=null===vErrors?validate132.errors:vErrors.concat(validate132.errors)).length),void 0===data.storageos||validate136(data.storageos,{instancePath:instancePath+"/storageos",parentData:data,parentDataProperty:"storageos",rootData})||(errors=(vErrors=null===vErrors?validate136.errors:vErrors.concat(validate136.errors)).length),void 0===data.vsphereVolume||validate140(data.vsphereVolume,{instancePath:instancePath+"/vsphereVolume",parentData:data,parentDataProperty:"vsphereVolume",rootData})||(errors=(vErrors=null===vErrors?validate140.errors:vErrors.concat(validate140.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1Volume_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1AWSElasticBlockStoreVolumeSource_validate.errors)).length),IoK8sApiCoreV1Volume_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1Volume_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1AzureDiskVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AzureDiskVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1AzureDiskVolumeSource_validate.errors)).length),IoK8sApiCoreV1Volume_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1Volume_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1AzureFileVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1AzureFileVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1AzureFileVolumeSource_validate.errors)).length),IoK8sApiCoreV1Volume_validate30.errors=vErrors,0===errors}function IoK8sApiCoreV1Volume_validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1CephFSVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CephFSVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1CephFSVolumeSource_validate.errors)).length),IoK8sApiCoreV1Volume_validate34.errors=vErrors,0===errors}function IoK8sApiCoreV1Volume_validate38(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1CinderVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CinderVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1CinderVolumeSource_validate.errors)).length),IoK8sApiCoreV1Volume_validate38.errors=vErrors,0===errors}function validate42(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ConfigMapVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ConfigMapVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1ConfigMapVolumeSource_validate.errors)).length),validate42.errors=vErrors,0===errors}function validate46(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1CSIVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1CSIVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1CSIVolumeSource_validate.errors)).length),validate46.errors=vErrors,0===errors}function IoK8sApiCoreV1Volume_validate50(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1DownwardAPIVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1DownwardAPIVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1DownwardAPIVolumeSource_validate.errors)).length),IoK8sApiCoreV1Volume_validate50.errors=vErrors,0===errors}function IoK8sApiCoreV1Volume_validate54(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1EmptyDirVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EmptyDirVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1EmptyDirVolumeSource_validate.errors)).length),IoK8sApiCoreV1Volume_validate54.errors=vErrors,0===errors}function validate58(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1EphemeralVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1EphemeralVolumeSource_validate.errors)).length),validate58.errors=vErrors,0===errors}function validate62(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1FCVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FCVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1FCVolumeSource_validate.errors)).length),validate62.errors=vErrors,0===errors}function IoK8sApiCoreV1Volume_validate66(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1FlexVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FlexVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1FlexVolumeSource_validate.errors)).length),IoK8sApiCoreV1Volume_validate66.errors=vErrors,0===errors}function validate70(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1FlockerVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1FlockerVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1FlockerVolumeSource_validate.errors)).length),validate70.errors=vErrors,0===errors}function validate74(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1GCEPersistentDiskVolumeSource_validate.errors)).length),validate74.errors=vErrors,0===errors}function validate78(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1GitRepoVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GitRepoVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1GitRepoVolumeSource_validate.errors)).length),validate78.errors=vErrors,0===errors}function IoK8sApiCoreV1Volume_validate82(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1GlusterfsVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1GlusterfsVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1GlusterfsVolumeSource_validate.errors)).length),IoK8sApiCoreV1Volume_validate82.errors=vErrors,0===errors}function validate86(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1HostPathVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HostPathVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1HostPathVolumeSource_validate.errors)).length),validate86.errors=vErrors,0===errors}function IoK8sApiCoreV1Volume_validate90(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ImageVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ImageVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1ImageVolumeSource_validate.errors)).length),IoK8sApiCoreV1Volume_validate90.errors=vErrors,0===errors}function validate94(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ISCSIVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ISCSIVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1ISCSIVolumeSource_validate.errors)).length),validate94.errors=vErrors,0===errors}function validate98(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate98.errors=vErrors,0===errors}function validate100(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1NFSVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1NFSVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1NFSVolumeSource_validate.errors)).length),validate100.errors=vErrors,0===errors}function validate104(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1PersistentVolumeClaimVolumeSource_validate.errors)).length),validate104.errors=vErrors,0===errors}function validate108(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1PhotonPersistentDiskVolumeSource_validate.errors)).length),validate108.errors=vErrors,0===errors}function validate112(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1PortworxVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PortworxVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1PortworxVolumeSource_validate.errors)).length),validate112.errors=vErrors,0===errors}function validate116(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ProjectedVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ProjectedVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1ProjectedVolumeSource_validate.errors)).length),validate116.errors=vErrors,0===errors}function validate120(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1QuobyteVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1QuobyteVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1QuobyteVolumeSource_validate.errors)).length),validate120.errors=vErrors,0===errors}function validate124(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1RBDVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1RBDVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1RBDVolumeSource_validate.errors)).length),validate124.errors=vErrors,0===errors}function validate128(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ScaleIOVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ScaleIOVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1ScaleIOVolumeSource_validate.errors)).length),validate128.errors=vErrors,0===errors}function validate132(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SecretVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SecretVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1SecretVolumeSource_validate.errors)).length),validate132.errors=vErrors,0===errors}function validate136(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1StorageOSVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1StorageOSVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1StorageOSVolumeSource_validate.errors)).length),validate136.errors=vErrors,0===errors}function validate140(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate.errors:vErrors.concat(IoK8sApiCoreV1VsphereVirtualDiskVolumeSource_validate.errors)).length),validate140.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodSpec.mjs
const IoK8sApiCoreV1PodSpec_validate=function validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.containers){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"containers"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.activeDeadlineSeconds||IoK8sApiCoreV1PodSpec_validate26(data.activeDeadlineSeconds,{instancePath:instancePath+"/activeDeadlineSeconds",parentData:data,parentDataProperty:"activeDeadlineSeconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate26.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate26.errors)).length),void 0===data.affinity||IoK8sApiCoreV1PodSpec_validate29(data.affinity,{instancePath:instancePath+"/affinity",parentData:data,parentDataProperty:"affinity",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate29.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate29.errors)).length),void 0===data.automountServiceAccountToken||IoK8sApiCoreV1PodSpec_validate21(data.automountServiceAccountToken,{instancePath:instancePath+"/automountServiceAccountToken",parentData:data,parentDataProperty:"automountServiceAccountToken",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate21.errors)).length),void 0===data.containers||IoK8sApiCoreV1PodSpec_validate34(data.containers,{instancePath:instancePath+"/containers",parentData:data,parentDataProperty:"containers",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate34.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate34.errors)).length),void 0===data.dnsConfig||IoK8sApiCoreV1PodSpec_validate37(data.dnsConfig,{instancePath:instancePath+"/dnsConfig",parentData:data,parentDataProperty:"dnsConfig",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate37.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate37.errors)).length),void 0===data.dnsPolicy||validate41(data.dnsPolicy,{instancePath:instancePath+"/dnsPolicy",parentData:data,parentDataProperty:"dnsPolicy",rootData})||(errors=(vErrors=null===vErrors?validate41.errors:vErrors.concat(validate41.errors)).length),void 0===data.enableServiceLinks||IoK8sApiCoreV1PodSpec_validate21(data.enableServiceLinks,{instancePath:instancePath+"/enableServiceLinks",parentData:data,parentDataProperty:"enableServiceLinks",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate21.errors)).length),void 0===data.ephemeralContainers||IoK8sApiCoreV1PodSpec_validate44(data.ephemeralContainers,{instancePath:instancePath+"/ephemeralContainers",parentData:data,parentDataProperty:"ephemeralContainers",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate44.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate44.errors)).length),void 0===data.hostAliases||IoK8sApiCoreV1PodSpec_validate50(data.hostAliases,{instancePath:instancePath+"/hostAliases",parentData:data,parentDataProperty:"hostAliases",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate50.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate50.errors)).length),void 0===data.hostIPC||IoK8sApiCoreV1PodSpec_validate21(data.hostIPC,{instancePath:instancePath+"/hostIPC",parentData:data,parentDataProperty:"hostIPC",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate21.errors)).length),void 0===data.hostNetwork||IoK8sApiCoreV1PodSpec_validate21(data.hostNetwork,{instancePath:instancePath+"/hostNetwork",parentData:data,parentDataProperty:"hostNetwork",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate21.errors)).length),void 0===data.hostPID||IoK8sApiCoreV1PodSpec_validate21(data.hostPID,{instancePath:instancePath+"/hostPID",parentData:data,parentDataProperty:"hostPID",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate21.errors)).length),void 0===data.hostUsers||IoK8sApiCoreV1PodSpec_validate21(data.hostUsers,{instancePath:instancePath+"/hostUsers",parentData:data,parentDataProperty:"hostUsers",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate21.errors)).length),void 0===data.hostname||IoK8sApiCoreV1PodSpec_validate25(data.hostname,{instancePath:instancePath+"/hostname",parentData:data,parentDataProperty:"hostname",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate25.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate25.errors)).length),void 0===data.imagePullSecrets||IoK8sApiCoreV1PodSpec_validate61(data.imagePullSecrets,{instancePath:instancePath+"/imagePullSecrets",parentData:data,parentDataProperty:"imagePullSecrets",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate61.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate61.errors)).length),void 0===data.initContainers||validate67(data.initContainers,{instancePath:instancePath+"/initContainers",parentData:data,parentDataProperty:"initContainers",rootData})||(errors=(vErrors=null===vErrors?validate67.errors:vErrors.concat(validate67.errors)).length),void 0===data.nodeName||IoK8sApiCoreV1PodSpec_validate25(data.nodeName,{instancePath:instancePath+"/nodeName",parentData:data,parentDataProperty:"nodeName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate25.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate25.errors)).length),void 0===data.nodeSelector||IoK8sApiCoreV1PodSpec_validate71(data.nodeSelector,{instancePath:instancePath+"/nodeSelector",parentData:data,parentDataProperty:"nodeSelector",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate71.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate71.errors)).length),void 0===data.os||validate75(data.os,{instancePath:instancePath+"/os",parentData:data,parentDataProperty:"os",rootData})||(errors=(vErrors=null===vErrors?validate75.errors:vErrors.concat(validate75.errors)).length),void 0===data.overhead||IoK8sApiCoreV1PodSpec_validate79(data.overhead,{instancePath:instancePath+"/overhead",parentData:data,parentDataProperty:"overhead",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate79.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate79.errors)).length),void 0===data.preemptionPolicy||validate85(data.preemptionPolicy,{instancePath:instancePath+"/preemptionPolicy",parentData:data,parentDataProperty:"preemptionPolicy",rootData})||(errors=(vErrors=null===vErrors?validate85.errors:vErrors.concat(validate85.errors)).length),void 0===data.priority||validate87(data.priority,{instancePath:instancePath+"/priority",parentData:data,parentDataProperty:"priority",rootData})||(errors=(vErrors=null===vErrors?validate87.errors:vErrors.concat(validate87.errors)).length),void 0===data.priorityClassName||IoK8sApiCoreV1PodSpec_validate25(data.priorityClassName,{instancePath:instancePath+"/priorityClassName",parentData:data,parentDataProperty:"priorityClassName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate25.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate25.errors)).length),void 0===data.readinessGates||IoK8sApiCoreV1PodSpec_validate90(data.readinessGates,{instancePath:instancePath+"/readinessGates",parentData:data,parentDataProperty:"readinessGates",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate90.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate90.errors)).length),void 0===data.resourceClaims||validate96(data.resourceClaims,{instancePath:instancePath+"/resourceClaims",parentData:data,parentDataProperty:"resourceClaims",rootData})||(errors=(vErrors=null===vErrors?validate96.errors:vErrors.concat(validate96.errors)).length),void 0===data.resources||validate102(data.resources,{instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData})||(errors=(vErrors=null===vErrors?validate102.errors:vErrors.concat(validate102.errors)).length),void 0===data.restartPolicy||validate106(data.restartPolicy,{instancePath:instancePath+"/restartPolicy",parentData:data,parentDataProperty:"restartPolicy",rootData})||(errors=(vErrors=null===vErrors?validate106.errors:vErrors.concat(validate106.errors)).length),void 0===data.runtimeClassName||IoK8sApiCoreV1PodSpec_validate25(data.runtimeClassName,{instancePath:instancePath+"/runtimeClassName",parentData:data,parentDataProperty:"runtimeClassName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate25.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate25.errors)).length),void 0===data.schedulerName||IoK8sApiCoreV1PodSpec_validate25(data.schedulerName,{instancePath:instancePath+"/schedulerName",parentData:data,parentDataProperty:"schedulerName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate25.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate25.errors)).length),void 0===data.schedulingGates||validate110(data.schedulingGates,{instancePath:instancePath+"/schedulingGates",parentData:data,parentDataProperty:"schedulingGates",rootData})||(errors=(vErrors=null===vErrors?validate110.errors:vErrors.concat(validate110.errors)).length),void 0===data.securityContext||IoK8sApiCoreV1PodSpec_validate116(data.securityContext,{instancePath:instancePath+"/securityContext",parentData:data,parentDataProperty:"securityContext",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate116.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate116.errors)).length),void 0===data.serviceAccount||IoK8sApiCoreV1PodSpec_validate25(data.serviceAccount,{instancePath:instancePath+"/serviceAccount",parentData:data,parentDataProperty:"serviceAccount",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate25.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate25.errors)).length),void 0===data.serviceAccountName||IoK8sApiCoreV1PodSpec_validate25(data.serviceAccountName,{instancePath:instancePath+"/serviceAccountName",parentData:data,parentDataProperty:"serviceAccountName",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate25.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate25.errors)).length),void 0===data.setHostnameAsFQDN||IoK8sApiCoreV1PodSpec_validate21(data.setHostnameAsFQDN,{instancePath:instancePath+"/setHostnameAsFQDN",parentData:data,parentDataProperty:"setHostnameAsFQDN",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate21.errors)).length),void 0===data.shareProcessNamespace||IoK8sApiCoreV1PodSpec_validate21(data.shareProcessNamespace,{instancePath:instancePath+"/shareProcessNamespace",parentData:data,parentDataProperty:"shareProcessNamespace",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate21.errors)).length),void 0===data.subdomain||IoK8sApiCoreV1PodSpec_validate25(data.subdomain,{instancePath:instancePath+"/subdomain",parentData:data,parentDataProperty:"subdomain",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate25.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate25.errors)).length),void 0===data.terminationGracePeriodSeconds||IoK8sApiCoreV1PodSpec_validate26(data.terminationGracePeriodSeconds,{instancePath:instancePath+"/terminationGracePeriodSeconds",parentData:data,parentDataProperty:"terminationGracePeriodSeconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate26.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate26.errors)).length),void 0===data.tolerations||validate126(data.tolerations,{instancePath:instancePath+"/tolerations",parentData:data,parentDataProperty:"tolerations",rootData})||(errors=(vErrors=null===vErrors?validate126.errors:vErrors.concat(validate126.errors)).length),void 0===data.topologySpreadConstraints||IoK8sApiCoreV1PodSpec_validate132(data.topologySpreadConstraints,{instancePath:instancePath+"/topologySpreadConstraints",parentData:data,parentDataProperty:"topologySpreadConstraints",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate132.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate132.errors)).length),void 0===data.volumes||validate138(data.volumes,{instancePath:instancePath+"/volumes",parentData:data,parentDataProperty:"volumes",rootData})||(errors=(vErrors=null===vErrors?validate138.errors:vErrors.concat(validate138.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate27.errors=vErrors,0===errors};let IoK8sApiCoreV1PodSpec_formats0=formats/* formats */.F.int64;function IoK8sApiCoreV1PodSpec_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1PodSpec_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1PodSpec_validate26.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1Affinity_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Affinity_validate.errors:vErrors.concat(IoK8sApiCoreV1Affinity_validate.errors)).length),IoK8sApiCoreV1PodSpec_validate29.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodSpec_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1Container_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Container_validate.errors:vErrors.concat(IoK8sApiCoreV1Container_validate.errors)).length),IoK8sApiCoreV1PodSpec_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodSpec_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate22.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate22.errors)).length)}else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodSpec_validate34.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate37(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1PodDNSConfig_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodDNSConfig_validate.errors:vErrors.concat(IoK8sApiCoreV1PodDNSConfig_validate.errors)).length),IoK8sApiCoreV1PodSpec_validate37.errors=vErrors,0===errors}let schema17={enum:["ClusterFirst","ClusterFirstWithHostNet","Default","None"]};function validate41(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("ClusterFirst"===data||"ClusterFirstWithHostNet"===data||"Default"===data||"None"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema17.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate41.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate45(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1EphemeralContainer_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1EphemeralContainer_validate.errors:vErrors.concat(IoK8sApiCoreV1EphemeralContainer_validate.errors)).length),IoK8sApiCoreV1PodSpec_validate45.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate44(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodSpec_validate45(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate45.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate45.errors)).length)}return IoK8sApiCoreV1PodSpec_validate44.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate51(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1HostAlias_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1HostAlias_validate.errors:vErrors.concat(IoK8sApiCoreV1HostAlias_validate.errors)).length),IoK8sApiCoreV1PodSpec_validate51.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate50(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodSpec_validate51(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate51.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate51.errors)).length)}return IoK8sApiCoreV1PodSpec_validate50.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PodSpec_validate25.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate62(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1LocalObjectReference_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LocalObjectReference_validate.errors:vErrors.concat(IoK8sApiCoreV1LocalObjectReference_validate.errors)).length),IoK8sApiCoreV1PodSpec_validate62.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate61(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodSpec_validate62(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate62.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate62.errors)).length)}return IoK8sApiCoreV1PodSpec_validate61.errors=vErrors,0===errors}function validate67(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1PodSpec_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate22.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate22.errors)).length)}return validate67.errors=vErrors,0===errors}function validate72(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate72.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate71(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)validate72(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?validate72.errors:vErrors.concat(validate72.errors)).length);return IoK8sApiCoreV1PodSpec_validate71.errors=vErrors,0===errors}function validate75(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1PodOS_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodOS_validate.errors:vErrors.concat(IoK8sApiCoreV1PodOS_validate.errors)).length),validate75.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate80(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApimachineryPkgApiResourceQuantity_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApiResourceQuantity_validate.errors:vErrors.concat(IoK8sApimachineryPkgApiResourceQuantity_validate.errors)).length),IoK8sApiCoreV1PodSpec_validate80.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate79(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)IoK8sApiCoreV1PodSpec_validate80(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate80.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate80.errors)).length);return IoK8sApiCoreV1PodSpec_validate79.errors=vErrors,0===errors}let schema35={enum:["Never","PreemptLowerPriority"]};function validate85(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Never"===data||"PreemptLowerPriority"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema35.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate85.errors=vErrors,0===errors}let IoK8sApiCoreV1PodSpec_formats2=formats/* formats */.F.int32;function validate87(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1PodSpec_formats2.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate87.errors=vErrors,0===errors}function validate91(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1PodReadinessGate_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodReadinessGate_validate.errors:vErrors.concat(IoK8sApiCoreV1PodReadinessGate_validate.errors)).length),validate91.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate90(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate91(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate91.errors:vErrors.concat(validate91.errors)).length)}return IoK8sApiCoreV1PodSpec_validate90.errors=vErrors,0===errors}function validate97(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1PodResourceClaim_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodResourceClaim_validate.errors:vErrors.concat(IoK8sApiCoreV1PodResourceClaim_validate.errors)).length),validate97.errors=vErrors,0===errors}function validate96(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate97(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate97.errors:vErrors.concat(validate97.errors)).length)}return validate96.errors=vErrors,0===errors}function validate102(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ResourceRequirements_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ResourceRequirements_validate.errors:vErrors.concat(IoK8sApiCoreV1ResourceRequirements_validate.errors)).length),validate102.errors=vErrors,0===errors}let schema45={enum:["Always","Never","OnFailure"]};function validate106(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Always"===data||"Never"===data||"OnFailure"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema45.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate106.errors=vErrors,0===errors}function validate111(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1PodSchedulingGate_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSchedulingGate_validate.errors:vErrors.concat(IoK8sApiCoreV1PodSchedulingGate_validate.errors)).length),validate111.errors=vErrors,0===errors}function validate110(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate111(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate111.errors:vErrors.concat(validate111.errors)).length)}return validate110.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate116(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1PodSecurityContext_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSecurityContext_validate.errors:vErrors.concat(IoK8sApiCoreV1PodSecurityContext_validate.errors)).length),IoK8sApiCoreV1PodSpec_validate116.errors=vErrors,0===errors}function validate127(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1Toleration_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Toleration_validate.errors:vErrors.concat(IoK8sApiCoreV1Toleration_validate.errors)).length),validate127.errors=vErrors,0===errors}function validate126(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate127(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate127.errors:vErrors.concat(validate127.errors)).length)}return validate126.errors=vErrors,0===errors}function validate133(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1TopologySpreadConstraint_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1TopologySpreadConstraint_validate.errors:vErrors.concat(IoK8sApiCoreV1TopologySpreadConstraint_validate.errors)).length),validate133.errors=vErrors,0===errors}function IoK8sApiCoreV1PodSpec_validate132(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate133(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate133.errors:vErrors.concat(validate133.errors)).length)}return IoK8sApiCoreV1PodSpec_validate132.errors=vErrors,0===errors}function validate139(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1Volume_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Volume_validate.errors:vErrors.concat(IoK8sApiCoreV1Volume_validate.errors)).length),validate139.errors=vErrors,0===errors}function validate138(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate139(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate139.errors:vErrors.concat(validate139.errors)).length)}return validate138.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PodTemplateSpec.mjs
const IoK8sApiCoreV1PodTemplateSpec_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.metadata||IoK8sApiCoreV1PodTemplateSpec_validate22(data.metadata,{instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodTemplateSpec_validate22.errors:vErrors.concat(IoK8sApiCoreV1PodTemplateSpec_validate22.errors)).length),void 0===data.spec||IoK8sApiCoreV1PodTemplateSpec_validate26(data.spec,{instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodTemplateSpec_validate26.errors:vErrors.concat(IoK8sApiCoreV1PodTemplateSpec_validate26.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PodTemplateSpec_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||(0,IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t.errors)).length),IoK8sApiCoreV1PodTemplateSpec_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1PodTemplateSpec_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1PodSpec_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodSpec_validate.errors:vErrors.concat(IoK8sApiCoreV1PodSpec_validate.errors)).length),IoK8sApiCoreV1PodTemplateSpec_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiAppsV1DeploymentSpec.mjs
const IoK8sApiAppsV1DeploymentSpec_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.selector){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"selector"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.template){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"template"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.minReadySeconds||IoK8sApiAppsV1DeploymentSpec_validate21(data.minReadySeconds,{instancePath:instancePath+"/minReadySeconds",parentData:data,parentDataProperty:"minReadySeconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentSpec_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentSpec_validate21.errors)).length),void 0===data.paused||IoK8sApiAppsV1DeploymentSpec_validate24(data.paused,{instancePath:instancePath+"/paused",parentData:data,parentDataProperty:"paused",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentSpec_validate24.errors:vErrors.concat(IoK8sApiAppsV1DeploymentSpec_validate24.errors)).length),void 0===data.progressDeadlineSeconds||IoK8sApiAppsV1DeploymentSpec_validate21(data.progressDeadlineSeconds,{instancePath:instancePath+"/progressDeadlineSeconds",parentData:data,parentDataProperty:"progressDeadlineSeconds",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentSpec_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentSpec_validate21.errors)).length),void 0===data.replicas||IoK8sApiAppsV1DeploymentSpec_validate21(data.replicas,{instancePath:instancePath+"/replicas",parentData:data,parentDataProperty:"replicas",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentSpec_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentSpec_validate21.errors)).length),void 0===data.revisionHistoryLimit||IoK8sApiAppsV1DeploymentSpec_validate21(data.revisionHistoryLimit,{instancePath:instancePath+"/revisionHistoryLimit",parentData:data,parentDataProperty:"revisionHistoryLimit",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentSpec_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentSpec_validate21.errors)).length),void 0===data.selector||IoK8sApiAppsV1DeploymentSpec_validate29(data.selector,{instancePath:instancePath+"/selector",parentData:data,parentDataProperty:"selector",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentSpec_validate29.errors:vErrors.concat(IoK8sApiAppsV1DeploymentSpec_validate29.errors)).length),void 0===data.strategy||IoK8sApiAppsV1DeploymentSpec_validate33(data.strategy,{instancePath:instancePath+"/strategy",parentData:data,parentDataProperty:"strategy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentSpec_validate33.errors:vErrors.concat(IoK8sApiAppsV1DeploymentSpec_validate33.errors)).length),void 0===data.template||IoK8sApiAppsV1DeploymentSpec_validate37(data.template,{instancePath:instancePath+"/template",parentData:data,parentDataProperty:"template",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentSpec_validate37.errors:vErrors.concat(IoK8sApiAppsV1DeploymentSpec_validate37.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate22.errors=vErrors,0===errors};let IoK8sApiAppsV1DeploymentSpec_formats0=formats/* formats */.F.int32;function IoK8sApiAppsV1DeploymentSpec_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiAppsV1DeploymentSpec_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiAppsV1DeploymentSpec_validate21.errors=vErrors,0===errors}function IoK8sApiAppsV1DeploymentSpec_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiAppsV1DeploymentSpec_validate24.errors=vErrors,0===errors}function IoK8sApiAppsV1DeploymentSpec_validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApimachineryPkgApisMetaV1LabelSelector_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1LabelSelector_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1LabelSelector_validate.errors)).length),IoK8sApiAppsV1DeploymentSpec_validate29.errors=vErrors,0===errors}function IoK8sApiAppsV1DeploymentSpec_validate33(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiAppsV1DeploymentStrategy_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStrategy_validate.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStrategy_validate.errors)).length),IoK8sApiAppsV1DeploymentSpec_validate33.errors=vErrors,0===errors}function IoK8sApiAppsV1DeploymentSpec_validate37(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1PodTemplateSpec_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PodTemplateSpec_validate.errors:vErrors.concat(IoK8sApiCoreV1PodTemplateSpec_validate.errors)).length),IoK8sApiAppsV1DeploymentSpec_validate37.errors=vErrors,0===errors}
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1Time.mjs
var IoK8sApimachineryPkgApisMetaV1Time = __webpack_require__(6868);
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiAppsV1DeploymentCondition.mjs
const IoK8sApiAppsV1DeploymentCondition_validate=function validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.type){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"type"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.status){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"status"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.lastTransitionTime||IoK8sApiAppsV1DeploymentCondition_validate21(data.lastTransitionTime,{instancePath:instancePath+"/lastTransitionTime",parentData:data,parentDataProperty:"lastTransitionTime",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentCondition_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentCondition_validate21.errors)).length),void 0===data.lastUpdateTime||IoK8sApiAppsV1DeploymentCondition_validate21(data.lastUpdateTime,{instancePath:instancePath+"/lastUpdateTime",parentData:data,parentDataProperty:"lastUpdateTime",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentCondition_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentCondition_validate21.errors)).length),void 0===data.message||IoK8sApiAppsV1DeploymentCondition_validate24(data.message,{instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentCondition_validate24.errors:vErrors.concat(IoK8sApiAppsV1DeploymentCondition_validate24.errors)).length),void 0===data.reason||IoK8sApiAppsV1DeploymentCondition_validate24(data.reason,{instancePath:instancePath+"/reason",parentData:data,parentDataProperty:"reason",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentCondition_validate24.errors:vErrors.concat(IoK8sApiAppsV1DeploymentCondition_validate24.errors)).length),void 0===data.status||IoK8sApiAppsV1DeploymentCondition_validate25(data.status,{instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentCondition_validate25.errors:vErrors.concat(IoK8sApiAppsV1DeploymentCondition_validate25.errors)).length),void 0===data.type||IoK8sApiAppsV1DeploymentCondition_validate25(data.type,{instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentCondition_validate25.errors:vErrors.concat(IoK8sApiAppsV1DeploymentCondition_validate25.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate26.errors=vErrors,0===errors};function IoK8sApiAppsV1DeploymentCondition_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||(0,IoK8sApimachineryPkgApisMetaV1Time/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1Time/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1Time/* validate */.t.errors)).length),IoK8sApiAppsV1DeploymentCondition_validate21.errors=vErrors,0===errors}function IoK8sApiAppsV1DeploymentCondition_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiAppsV1DeploymentCondition_validate24.errors=vErrors,0===errors}function IoK8sApiAppsV1DeploymentCondition_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiAppsV1DeploymentCondition_validate25.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiAppsV1DeploymentStatus.mjs
const IoK8sApiAppsV1DeploymentStatus_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.availableReplicas||IoK8sApiAppsV1DeploymentStatus_validate21(data.availableReplicas,{instancePath:instancePath+"/availableReplicas",parentData:data,parentDataProperty:"availableReplicas",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStatus_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStatus_validate21.errors)).length),void 0===data.collisionCount||IoK8sApiAppsV1DeploymentStatus_validate21(data.collisionCount,{instancePath:instancePath+"/collisionCount",parentData:data,parentDataProperty:"collisionCount",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStatus_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStatus_validate21.errors)).length),void 0===data.conditions||IoK8sApiAppsV1DeploymentStatus_validate25(data.conditions,{instancePath:instancePath+"/conditions",parentData:data,parentDataProperty:"conditions",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStatus_validate25.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStatus_validate25.errors)).length),void 0===data.observedGeneration||IoK8sApiAppsV1DeploymentStatus_validate31(data.observedGeneration,{instancePath:instancePath+"/observedGeneration",parentData:data,parentDataProperty:"observedGeneration",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStatus_validate31.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStatus_validate31.errors)).length),void 0===data.readyReplicas||IoK8sApiAppsV1DeploymentStatus_validate21(data.readyReplicas,{instancePath:instancePath+"/readyReplicas",parentData:data,parentDataProperty:"readyReplicas",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStatus_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStatus_validate21.errors)).length),void 0===data.replicas||IoK8sApiAppsV1DeploymentStatus_validate21(data.replicas,{instancePath:instancePath+"/replicas",parentData:data,parentDataProperty:"replicas",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStatus_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStatus_validate21.errors)).length),void 0===data.terminatingReplicas||IoK8sApiAppsV1DeploymentStatus_validate21(data.terminatingReplicas,{instancePath:instancePath+"/terminatingReplicas",parentData:data,parentDataProperty:"terminatingReplicas",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStatus_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStatus_validate21.errors)).length),void 0===data.unavailableReplicas||IoK8sApiAppsV1DeploymentStatus_validate21(data.unavailableReplicas,{instancePath:instancePath+"/unavailableReplicas",parentData:data,parentDataProperty:"unavailableReplicas",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStatus_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStatus_validate21.errors)).length),void 0===data.updatedReplicas||IoK8sApiAppsV1DeploymentStatus_validate21(data.updatedReplicas,{instancePath:instancePath+"/updatedReplicas",parentData:data,parentDataProperty:"updatedReplicas",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStatus_validate21.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStatus_validate21.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};let IoK8sApiAppsV1DeploymentStatus_formats0=formats/* formats */.F.int32;function IoK8sApiAppsV1DeploymentStatus_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiAppsV1DeploymentStatus_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiAppsV1DeploymentStatus_validate21.errors=vErrors,0===errors}function IoK8sApiAppsV1DeploymentStatus_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiAppsV1DeploymentCondition_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentCondition_validate.errors:vErrors.concat(IoK8sApiAppsV1DeploymentCondition_validate.errors)).length),IoK8sApiAppsV1DeploymentStatus_validate26.errors=vErrors,0===errors}function IoK8sApiAppsV1DeploymentStatus_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiAppsV1DeploymentStatus_validate26(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStatus_validate26.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStatus_validate26.errors)).length)}return IoK8sApiAppsV1DeploymentStatus_validate25.errors=vErrors,0===errors}let IoK8sApiAppsV1DeploymentStatus_formats2=formats/* formats */.F.int64;function IoK8sApiAppsV1DeploymentStatus_validate31(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiAppsV1DeploymentStatus_formats2.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiAppsV1DeploymentStatus_validate31.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiAppsV1Deployment.mjs
const IoK8sApiAppsV1Deployment_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.apiVersion){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"apiVersion"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.kind){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"kind"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.apiVersion||IoK8sApiAppsV1Deployment_validate22(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1Deployment_validate22.errors:vErrors.concat(IoK8sApiAppsV1Deployment_validate22.errors)).length),void 0===data.kind||IoK8sApiAppsV1Deployment_validate24(data.kind,{instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1Deployment_validate24.errors:vErrors.concat(IoK8sApiAppsV1Deployment_validate24.errors)).length),void 0===data.metadata||IoK8sApiAppsV1Deployment_validate26(data.metadata,{instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1Deployment_validate26.errors:vErrors.concat(IoK8sApiAppsV1Deployment_validate26.errors)).length),void 0===data.spec||IoK8sApiAppsV1Deployment_validate30(data.spec,{instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1Deployment_validate30.errors:vErrors.concat(IoK8sApiAppsV1Deployment_validate30.errors)).length),void 0===data.status||IoK8sApiAppsV1Deployment_validate34(data.status,{instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1Deployment_validate34.errors:vErrors.concat(IoK8sApiAppsV1Deployment_validate34.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate21.errors=vErrors,0===errors};let IoK8sApiAppsV1Deployment_schema7={enum:["apps/v1"]};function IoK8sApiAppsV1Deployment_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("apps/v1"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiAppsV1Deployment_schema7.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiAppsV1Deployment_validate22.errors=vErrors,0===errors}let IoK8sApiAppsV1Deployment_schema8={enum:["Deployment"]};function IoK8sApiAppsV1Deployment_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("Deployment"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiAppsV1Deployment_schema8.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiAppsV1Deployment_validate24.errors=vErrors,0===errors}function IoK8sApiAppsV1Deployment_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||(0,IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t.errors)).length),IoK8sApiAppsV1Deployment_validate26.errors=vErrors,0===errors}function IoK8sApiAppsV1Deployment_validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiAppsV1DeploymentSpec_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentSpec_validate.errors:vErrors.concat(IoK8sApiAppsV1DeploymentSpec_validate.errors)).length),IoK8sApiAppsV1Deployment_validate30.errors=vErrors,0===errors}function IoK8sApiAppsV1Deployment_validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiAppsV1DeploymentStatus_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiAppsV1DeploymentStatus_validate.errors:vErrors.concat(IoK8sApiAppsV1DeploymentStatus_validate.errors)).length),IoK8sApiAppsV1Deployment_validate34.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/apps/v1/Deployment.mjs
class Deployment extends model/* Model */.K{constructor(data){super(),this.setDefinedProps({apiVersion:Deployment.apiVersion,kind:Deployment.kind,...data})}}Deployment.apiVersion="apps/v1",Deployment.kind="Deployment",Deployment.is=(0,meta/* createTypeMetaGuard */.V)(Deployment),(0,model/* setValidateFunc */.V)(Deployment,IoK8sApiAppsV1Deployment_validate);

/***/ }),

/***/ 3294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ Service)
});

// UNUSED EXPORTS: IoK8sApiCoreV1Service

// EXTERNAL MODULE: ./node_modules/@kubernetes-models/base/dist/model.mjs + 4 modules
var model = __webpack_require__(9194);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/base/dist/meta.mjs
var meta = __webpack_require__(1561);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta.mjs + 3 modules
var IoK8sApimachineryPkgApisMetaV1ObjectMeta = __webpack_require__(6345);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/validate/dist/formats.mjs
var formats = __webpack_require__(409);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgUtilIntstrIntOrString.mjs
var IoK8sApimachineryPkgUtilIntstrIntOrString = __webpack_require__(5083);
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ServicePort.mjs
const validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.port){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"port"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}void 0===data.appProtocol||validate21(data.appProtocol,{instancePath:instancePath+"/appProtocol",parentData:data,parentDataProperty:"appProtocol",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.name||validate21(data.name,{instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData})||(errors=(vErrors=null===vErrors?validate21.errors:vErrors.concat(validate21.errors)).length),void 0===data.nodePort||validate25(data.nodePort,{instancePath:instancePath+"/nodePort",parentData:data,parentDataProperty:"nodePort",rootData})||(errors=(vErrors=null===vErrors?validate25.errors:vErrors.concat(validate25.errors)).length),void 0===data.port||validate27(data.port,{instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData})||(errors=(vErrors=null===vErrors?validate27.errors:vErrors.concat(validate27.errors)).length),void 0===data.protocol||validate29(data.protocol,{instancePath:instancePath+"/protocol",parentData:data,parentDataProperty:"protocol",rootData})||(errors=(vErrors=null===vErrors?validate29.errors:vErrors.concat(validate29.errors)).length),void 0===data.targetPort||validate31(data.targetPort,{instancePath:instancePath+"/targetPort",parentData:data,parentDataProperty:"targetPort",rootData})||(errors=(vErrors=null===vErrors?validate31.errors:vErrors.concat(validate31.errors)).length)}else{let err1={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors};function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors}let formats0=formats/* formats */.F.int32;function validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate25.errors=vErrors,0===errors}function validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate27.errors=vErrors,0===errors}let schema10={enum:["SCTP","TCP","UDP"]};function validate29(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("SCTP"===data||"TCP"===data||"UDP"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema10.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate29.errors=vErrors,0===errors}function validate31(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||(0,IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgUtilIntstrIntOrString/* validate */.t.errors)).length),validate31.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ClientIPConfig.mjs
const IoK8sApiCoreV1ClientIPConfig_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.timeoutSeconds||validate22(data.timeoutSeconds,{instancePath:instancePath+"/timeoutSeconds",parentData:data,parentDataProperty:"timeoutSeconds",rootData})||(errors=(vErrors=null===vErrors?validate22.errors:vErrors.concat(validate22.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};let IoK8sApiCoreV1ClientIPConfig_formats0=formats/* formats */.F.int32;function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1ClientIPConfig_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1SessionAffinityConfig.mjs
const IoK8sApiCoreV1SessionAffinityConfig_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.clientIP||IoK8sApiCoreV1SessionAffinityConfig_validate22(data.clientIP,{instancePath:instancePath+"/clientIP",parentData:data,parentDataProperty:"clientIP",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SessionAffinityConfig_validate22.errors:vErrors.concat(IoK8sApiCoreV1SessionAffinityConfig_validate22.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1SessionAffinityConfig_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ClientIPConfig_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ClientIPConfig_validate.errors:vErrors.concat(IoK8sApiCoreV1ClientIPConfig_validate.errors)).length),IoK8sApiCoreV1SessionAffinityConfig_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ServiceSpec.mjs
const IoK8sApiCoreV1ServiceSpec_validate=function validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.allocateLoadBalancerNodePorts||validate26(data.allocateLoadBalancerNodePorts,{instancePath:instancePath+"/allocateLoadBalancerNodePorts",parentData:data,parentDataProperty:"allocateLoadBalancerNodePorts",rootData})||(errors=(vErrors=null===vErrors?validate26.errors:vErrors.concat(validate26.errors)).length),void 0===data.clusterIP||validate24(data.clusterIP,{instancePath:instancePath+"/clusterIP",parentData:data,parentDataProperty:"clusterIP",rootData})||(errors=(vErrors=null===vErrors?validate24.errors:vErrors.concat(validate24.errors)).length),void 0===data.clusterIPs||IoK8sApiCoreV1ServiceSpec_validate21(data.clusterIPs,{instancePath:instancePath+"/clusterIPs",parentData:data,parentDataProperty:"clusterIPs",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1ServiceSpec_validate21.errors)).length),void 0===data.externalIPs||IoK8sApiCoreV1ServiceSpec_validate21(data.externalIPs,{instancePath:instancePath+"/externalIPs",parentData:data,parentDataProperty:"externalIPs",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1ServiceSpec_validate21.errors)).length),void 0===data.externalName||validate24(data.externalName,{instancePath:instancePath+"/externalName",parentData:data,parentDataProperty:"externalName",rootData})||(errors=(vErrors=null===vErrors?validate24.errors:vErrors.concat(validate24.errors)).length),void 0===data.externalTrafficPolicy||IoK8sApiCoreV1ServiceSpec_validate25(data.externalTrafficPolicy,{instancePath:instancePath+"/externalTrafficPolicy",parentData:data,parentDataProperty:"externalTrafficPolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceSpec_validate25.errors:vErrors.concat(IoK8sApiCoreV1ServiceSpec_validate25.errors)).length),void 0===data.healthCheckNodePort||validate34(data.healthCheckNodePort,{instancePath:instancePath+"/healthCheckNodePort",parentData:data,parentDataProperty:"healthCheckNodePort",rootData})||(errors=(vErrors=null===vErrors?validate34.errors:vErrors.concat(validate34.errors)).length),void 0===data.internalTrafficPolicy||IoK8sApiCoreV1ServiceSpec_validate25(data.internalTrafficPolicy,{instancePath:instancePath+"/internalTrafficPolicy",parentData:data,parentDataProperty:"internalTrafficPolicy",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceSpec_validate25.errors:vErrors.concat(IoK8sApiCoreV1ServiceSpec_validate25.errors)).length),void 0===data.ipFamilies||validate37(data.ipFamilies,{instancePath:instancePath+"/ipFamilies",parentData:data,parentDataProperty:"ipFamilies",rootData})||(errors=(vErrors=null===vErrors?validate37.errors:vErrors.concat(validate37.errors)).length),void 0===data.ipFamilyPolicy||validate41(data.ipFamilyPolicy,{instancePath:instancePath+"/ipFamilyPolicy",parentData:data,parentDataProperty:"ipFamilyPolicy",rootData})||(errors=(vErrors=null===vErrors?validate41.errors:vErrors.concat(validate41.errors)).length),void 0===data.loadBalancerClass||validate24(data.loadBalancerClass,{instancePath:instancePath+"/loadBalancerClass",parentData:data,parentDataProperty:"loadBalancerClass",rootData})||(errors=(vErrors=null===vErrors?validate24.errors:vErrors.concat(validate24.errors)).length),void 0===data.loadBalancerIP||validate24(data.loadBalancerIP,{instancePath:instancePath+"/loadBalancerIP",parentData:data,parentDataProperty:"loadBalancerIP",rootData})||(errors=(vErrors=null===vErrors?validate24.errors:vErrors.concat(validate24.errors)).length),void 0===data.loadBalancerSourceRanges||IoK8sApiCoreV1ServiceSpec_validate21(data.loadBalancerSourceRanges,{instancePath:instancePath+"/loadBalancerSourceRanges",parentData:data,parentDataProperty:"loadBalancerSourceRanges",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceSpec_validate21.errors:vErrors.concat(IoK8sApiCoreV1ServiceSpec_validate21.errors)).length),void 0===data.ports||validate46(data.ports,{instancePath:instancePath+"/ports",parentData:data,parentDataProperty:"ports",rootData})||(errors=(vErrors=null===vErrors?validate46.errors:vErrors.concat(validate46.errors)).length),void 0===data.publishNotReadyAddresses||validate26(data.publishNotReadyAddresses,{instancePath:instancePath+"/publishNotReadyAddresses",parentData:data,parentDataProperty:"publishNotReadyAddresses",rootData})||(errors=(vErrors=null===vErrors?validate26.errors:vErrors.concat(validate26.errors)).length),void 0===data.selector||validate53(data.selector,{instancePath:instancePath+"/selector",parentData:data,parentDataProperty:"selector",rootData})||(errors=(vErrors=null===vErrors?validate53.errors:vErrors.concat(validate53.errors)).length),void 0===data.sessionAffinity||validate56(data.sessionAffinity,{instancePath:instancePath+"/sessionAffinity",parentData:data,parentDataProperty:"sessionAffinity",rootData})||(errors=(vErrors=null===vErrors?validate56.errors:vErrors.concat(validate56.errors)).length),void 0===data.sessionAffinityConfig||validate58(data.sessionAffinityConfig,{instancePath:instancePath+"/sessionAffinityConfig",parentData:data,parentDataProperty:"sessionAffinityConfig",rootData})||(errors=(vErrors=null===vErrors?validate58.errors:vErrors.concat(validate58.errors)).length),void 0===data.trafficDistribution||validate24(data.trafficDistribution,{instancePath:instancePath+"/trafficDistribution",parentData:data,parentDataProperty:"trafficDistribution",rootData})||(errors=(vErrors=null===vErrors?validate24.errors:vErrors.concat(validate24.errors)).length),void 0===data.type||validate63(data.type,{instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData})||(errors=(vErrors=null===vErrors?validate63.errors:vErrors.concat(validate63.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate27.errors=vErrors,0===errors};function validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("boolean"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"boolean"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate26.errors=vErrors,0===errors}function validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1ServiceSpec_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1ServiceSpec_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ServiceSpec_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1ServiceSpec_validate22(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceSpec_validate22.errors:vErrors.concat(IoK8sApiCoreV1ServiceSpec_validate22.errors)).length)}return IoK8sApiCoreV1ServiceSpec_validate21.errors=vErrors,0===errors}let schema9={enum:["Cluster","Local"]};function IoK8sApiCoreV1ServiceSpec_validate25(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("Cluster"===data||"Local"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema9.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1ServiceSpec_validate25.errors=vErrors,0===errors}let IoK8sApiCoreV1ServiceSpec_formats0=formats/* formats */.F.int32;function validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1ServiceSpec_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate34.errors=vErrors,0===errors}let schema14={enum:["","IPv4","IPv6"]};function validate38(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!(""===data||"IPv4"===data||"IPv6"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema14.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate38.errors=vErrors,0===errors}function validate37(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate38(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate38.errors:vErrors.concat(validate38.errors)).length)}return validate37.errors=vErrors,0===errors}let schema15={enum:["PreferDualStack","RequireDualStack","SingleStack"]};function validate41(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("PreferDualStack"===data||"RequireDualStack"===data||"SingleStack"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema15.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate41.errors=vErrors,0===errors}function validate47(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?validate.errors:vErrors.concat(validate.errors)).length),validate47.errors=vErrors,0===errors}function validate46(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)validate47(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?validate47.errors:vErrors.concat(validate47.errors)).length)}return validate46.errors=vErrors,0===errors}function validate53(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!(data&&"object"==typeof data&&!Array.isArray(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(data&&"object"==typeof data&&!Array.isArray(data))for(let key0 in data)IoK8sApiCoreV1ServiceSpec_validate22(data[key0],{instancePath:instancePath+"/"+key0.replace(/~/g,"~0").replace(/\//g,"~1"),parentData:data,parentDataProperty:key0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceSpec_validate22.errors:vErrors.concat(IoK8sApiCoreV1ServiceSpec_validate22.errors)).length);return validate53.errors=vErrors,0===errors}let schema20={enum:["ClientIP","None"]};function validate56(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("ClientIP"===data||"None"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema20.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate56.errors=vErrors,0===errors}function validate58(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1SessionAffinityConfig_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1SessionAffinityConfig_validate.errors:vErrors.concat(IoK8sApiCoreV1SessionAffinityConfig_validate.errors)).length),validate58.errors=vErrors,0===errors}let schema23={enum:["ClusterIP","ExternalName","LoadBalancer","NodePort"]};function validate63(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("ClusterIP"===data||"ExternalName"===data||"LoadBalancer"===data||"NodePort"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema23.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate63.errors=vErrors,0===errors}
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1Time.mjs
var IoK8sApimachineryPkgApisMetaV1Time = __webpack_require__(6868);
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1Condition.mjs
const IoK8sApimachineryPkgApisMetaV1Condition_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.type){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"type"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.status){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"status"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}if(void 0===data.lastTransitionTime){let err2={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"lastTransitionTime"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}if(void 0===data.reason){let err3={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"reason"}};null===vErrors?vErrors=[err3]:vErrors.push(err3),errors++}if(void 0===data.message){let err4={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"message"}};null===vErrors?vErrors=[err4]:vErrors.push(err4),errors++}void 0===data.lastTransitionTime||validate23(data.lastTransitionTime,{instancePath:instancePath+"/lastTransitionTime",parentData:data,parentDataProperty:"lastTransitionTime",rootData})||(errors=(vErrors=null===vErrors?validate23.errors:vErrors.concat(validate23.errors)).length),void 0===data.message||IoK8sApimachineryPkgApisMetaV1Condition_validate21(data.message,{instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1Condition_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1Condition_validate21.errors)).length),void 0===data.observedGeneration||validate28(data.observedGeneration,{instancePath:instancePath+"/observedGeneration",parentData:data,parentDataProperty:"observedGeneration",rootData})||(errors=(vErrors=null===vErrors?validate28.errors:vErrors.concat(validate28.errors)).length),void 0===data.reason||IoK8sApimachineryPkgApisMetaV1Condition_validate21(data.reason,{instancePath:instancePath+"/reason",parentData:data,parentDataProperty:"reason",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1Condition_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1Condition_validate21.errors)).length),void 0===data.status||IoK8sApimachineryPkgApisMetaV1Condition_validate21(data.status,{instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1Condition_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1Condition_validate21.errors)).length),void 0===data.type||IoK8sApimachineryPkgApisMetaV1Condition_validate21(data.type,{instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1Condition_validate21.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1Condition_validate21.errors)).length)}else{let err5={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err5]:vErrors.push(err5),errors++}return validate22.errors=vErrors,0===errors};function validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return (0,IoK8sApimachineryPkgApisMetaV1Time/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1Time/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1Time/* validate */.t.errors)).length),validate23.errors=vErrors,0===errors}function IoK8sApimachineryPkgApisMetaV1Condition_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApimachineryPkgApisMetaV1Condition_validate21.errors=vErrors,0===errors}let IoK8sApimachineryPkgApisMetaV1Condition_formats0=formats/* formats */.F.int64;function validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApimachineryPkgApisMetaV1Condition_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int64"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate28.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1PortStatus.mjs
const IoK8sApiCoreV1PortStatus_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.port){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"port"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.protocol){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"protocol"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.error||IoK8sApiCoreV1PortStatus_validate22(data.error,{instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PortStatus_validate22.errors:vErrors.concat(IoK8sApiCoreV1PortStatus_validate22.errors)).length),void 0===data.port||IoK8sApiCoreV1PortStatus_validate24(data.port,{instancePath:instancePath+"/port",parentData:data,parentDataProperty:"port",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PortStatus_validate24.errors:vErrors.concat(IoK8sApiCoreV1PortStatus_validate24.errors)).length),void 0===data.protocol||IoK8sApiCoreV1PortStatus_validate26(data.protocol,{instancePath:instancePath+"/protocol",parentData:data,parentDataProperty:"protocol",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PortStatus_validate26.errors:vErrors.concat(IoK8sApiCoreV1PortStatus_validate26.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1PortStatus_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1PortStatus_validate22.errors=vErrors,0===errors}let IoK8sApiCoreV1PortStatus_formats0=formats/* formats */.F.int32;function IoK8sApiCoreV1PortStatus_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!("number"==typeof data&&!(data%1)&&!isNaN(data)&&isFinite(data))){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"integer"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("number"==typeof data&&isFinite(data)&&!IoK8sApiCoreV1PortStatus_formats0.validate(data)){let err1={instancePath,schemaPath:"#/format",keyword:"format",params:{format:"int32"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1PortStatus_validate24.errors=vErrors,0===errors}let IoK8sApiCoreV1PortStatus_schema9={enum:["SCTP","TCP","UDP"]};function IoK8sApiCoreV1PortStatus_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(!("SCTP"===data||"TCP"===data||"UDP"===data)){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:IoK8sApiCoreV1PortStatus_schema9.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1PortStatus_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1LoadBalancerIngress.mjs
const IoK8sApiCoreV1LoadBalancerIngress_validate=function validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.hostname||IoK8sApiCoreV1LoadBalancerIngress_validate21(data.hostname,{instancePath:instancePath+"/hostname",parentData:data,parentDataProperty:"hostname",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LoadBalancerIngress_validate21.errors:vErrors.concat(IoK8sApiCoreV1LoadBalancerIngress_validate21.errors)).length),void 0===data.ip||IoK8sApiCoreV1LoadBalancerIngress_validate21(data.ip,{instancePath:instancePath+"/ip",parentData:data,parentDataProperty:"ip",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LoadBalancerIngress_validate21.errors:vErrors.concat(IoK8sApiCoreV1LoadBalancerIngress_validate21.errors)).length),void 0===data.ipMode||IoK8sApiCoreV1LoadBalancerIngress_validate21(data.ipMode,{instancePath:instancePath+"/ipMode",parentData:data,parentDataProperty:"ipMode",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LoadBalancerIngress_validate21.errors:vErrors.concat(IoK8sApiCoreV1LoadBalancerIngress_validate21.errors)).length),void 0===data.ports||IoK8sApiCoreV1LoadBalancerIngress_validate26(data.ports,{instancePath:instancePath+"/ports",parentData:data,parentDataProperty:"ports",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LoadBalancerIngress_validate26.errors:vErrors.concat(IoK8sApiCoreV1LoadBalancerIngress_validate26.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate22.errors=vErrors,0===errors};function IoK8sApiCoreV1LoadBalancerIngress_validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return IoK8sApiCoreV1LoadBalancerIngress_validate21.errors=vErrors,0===errors}function IoK8sApiCoreV1LoadBalancerIngress_validate27(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1PortStatus_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1PortStatus_validate.errors:vErrors.concat(IoK8sApiCoreV1PortStatus_validate.errors)).length),IoK8sApiCoreV1LoadBalancerIngress_validate27.errors=vErrors,0===errors}function IoK8sApiCoreV1LoadBalancerIngress_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1LoadBalancerIngress_validate27(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LoadBalancerIngress_validate27.errors:vErrors.concat(IoK8sApiCoreV1LoadBalancerIngress_validate27.errors)).length)}return IoK8sApiCoreV1LoadBalancerIngress_validate26.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1LoadBalancerStatus.mjs
const IoK8sApiCoreV1LoadBalancerStatus_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.ingress||IoK8sApiCoreV1LoadBalancerStatus_validate22(data.ingress,{instancePath:instancePath+"/ingress",parentData:data,parentDataProperty:"ingress",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LoadBalancerStatus_validate22.errors:vErrors.concat(IoK8sApiCoreV1LoadBalancerStatus_validate22.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1LoadBalancerStatus_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApiCoreV1LoadBalancerIngress_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LoadBalancerIngress_validate.errors:vErrors.concat(IoK8sApiCoreV1LoadBalancerIngress_validate.errors)).length),IoK8sApiCoreV1LoadBalancerStatus_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1LoadBalancerStatus_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1LoadBalancerStatus_validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LoadBalancerStatus_validate23.errors:vErrors.concat(IoK8sApiCoreV1LoadBalancerStatus_validate23.errors)).length)}return IoK8sApiCoreV1LoadBalancerStatus_validate22.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1ServiceStatus.mjs
const IoK8sApiCoreV1ServiceStatus_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data))void 0===data.conditions||IoK8sApiCoreV1ServiceStatus_validate22(data.conditions,{instancePath:instancePath+"/conditions",parentData:data,parentDataProperty:"conditions",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceStatus_validate22.errors:vErrors.concat(IoK8sApiCoreV1ServiceStatus_validate22.errors)).length),void 0===data.loadBalancer||IoK8sApiCoreV1ServiceStatus_validate28(data.loadBalancer,{instancePath:instancePath+"/loadBalancer",parentData:data,parentDataProperty:"loadBalancer",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceStatus_validate28.errors:vErrors.concat(IoK8sApiCoreV1ServiceStatus_validate28.errors)).length);else{let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}return validate21.errors=vErrors,0===errors};function IoK8sApiCoreV1ServiceStatus_validate23(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return IoK8sApimachineryPkgApisMetaV1Condition_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1Condition_validate.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1Condition_validate.errors)).length),IoK8sApiCoreV1ServiceStatus_validate23.errors=vErrors,0===errors}function IoK8sApiCoreV1ServiceStatus_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(!Array.isArray(data)&&null!==data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"array"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(Array.isArray(data)){let len0=data.length;for(let i0=0;i0<len0;i0++)IoK8sApiCoreV1ServiceStatus_validate23(data[i0],{instancePath:instancePath+"/"+i0,parentData:data,parentDataProperty:i0,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceStatus_validate23.errors:vErrors.concat(IoK8sApiCoreV1ServiceStatus_validate23.errors)).length)}return IoK8sApiCoreV1ServiceStatus_validate22.errors=vErrors,0===errors}function IoK8sApiCoreV1ServiceStatus_validate28(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1LoadBalancerStatus_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1LoadBalancerStatus_validate.errors:vErrors.concat(IoK8sApiCoreV1LoadBalancerStatus_validate.errors)).length),IoK8sApiCoreV1ServiceStatus_validate28.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/_schemas/IoK8sApiCoreV1Service.mjs
const IoK8sApiCoreV1Service_validate=function validate21(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.apiVersion){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"apiVersion"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.kind){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"kind"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0===data.apiVersion||IoK8sApiCoreV1Service_validate22(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Service_validate22.errors:vErrors.concat(IoK8sApiCoreV1Service_validate22.errors)).length),void 0===data.kind||IoK8sApiCoreV1Service_validate24(data.kind,{instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Service_validate24.errors:vErrors.concat(IoK8sApiCoreV1Service_validate24.errors)).length),void 0===data.metadata||IoK8sApiCoreV1Service_validate26(data.metadata,{instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Service_validate26.errors:vErrors.concat(IoK8sApiCoreV1Service_validate26.errors)).length),void 0===data.spec||validate30(data.spec,{instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData})||(errors=(vErrors=null===vErrors?validate30.errors:vErrors.concat(validate30.errors)).length),void 0===data.status||IoK8sApiCoreV1Service_validate34(data.status,{instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1Service_validate34.errors:vErrors.concat(IoK8sApiCoreV1Service_validate34.errors)).length)}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate21.errors=vErrors,0===errors};let schema7={enum:["v1"]};function IoK8sApiCoreV1Service_validate22(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("v1"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema7.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1Service_validate22.errors=vErrors,0===errors}let schema8={enum:["Service"]};function IoK8sApiCoreV1Service_validate24(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("Service"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema8.enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return IoK8sApiCoreV1Service_validate24.errors=vErrors,0===errors}function IoK8sApiCoreV1Service_validate26(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||(0,IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t.errors)).length),IoK8sApiCoreV1Service_validate26.errors=vErrors,0===errors}function validate30(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ServiceSpec_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceSpec_validate.errors:vErrors.concat(IoK8sApiCoreV1ServiceSpec_validate.errors)).length),validate30.errors=vErrors,0===errors}function IoK8sApiCoreV1Service_validate34(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null===data||IoK8sApiCoreV1ServiceStatus_validate(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApiCoreV1ServiceStatus_validate.errors:vErrors.concat(IoK8sApiCoreV1ServiceStatus_validate.errors)).length),IoK8sApiCoreV1Service_validate34.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/kubernetes-models/v1/Service.mjs
class Service extends model/* Model */.K{constructor(data){super(),this.setDefinedProps({apiVersion:Service.apiVersion,kind:Service.kind,...data})}}Service.apiVersion="v1",Service.kind="Service",Service.is=(0,meta/* createTypeMetaGuard */.V)(Service),(0,model/* setValidateFunc */.V)(Service,IoK8sApiCoreV1Service_validate);

/***/ }),

/***/ 2798:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('[{"scheme":"fax","description":"fax","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2806"},{"type":"rfc","href":"http://www.iana.org/go/rfc3966"}]},{"scheme":"filesystem","description":"filesystem","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/historic/filesystem"},{"scheme":"mailserver","description":"Access to data available from mail servers","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6196"}]},{"scheme":"modem","description":"modem","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2806"},{"type":"rfc","href":"http://www.iana.org/go/rfc3966"}]},{"scheme":"pack","description":"pack","reference":[{"type":"draft","href":"http://www.iana.org/go/draft-shur-pack-uri-scheme"}],"template":"http://www.iana.org/assignments/uri-schemes/historic/pack"},{"scheme":"prospero","description":"Prospero Directory Service","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4157"}]},{"scheme":"snews","description":"NNTP over SSL/TLS","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc5538"}]},{"scheme":"videotex","description":"videotex","reference":[{"type":"draft","href":"http://www.iana.org/go/draft-mavrakis-videotex-url-spec"},{"type":"rfc","href":"http://www.iana.org/go/rfc2122"},{"type":"rfc","href":"http://www.iana.org/go/rfc3986"}],"template":"http://www.iana.org/assignments/uri-schemes/historic/videotex"},{"scheme":"wais","description":"Wide Area Information Servers","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4156"}]},{"scheme":"z39.50","description":"Z39.50 information access","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc1738"},{"type":"rfc","href":"http://www.iana.org/go/rfc2056"}]}]');

/***/ }),

/***/ 7364:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('[{"scheme":"aaa","description":"Diameter Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6733"}]},{"scheme":"aaas","description":"Diameter Protocol with Secure Transport","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6733"}]},{"scheme":"about","description":"about","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6694"}]},{"scheme":"acap","description":"application configuration access protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2244"}]},{"scheme":"acct","description":"acct","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7565"}]},{"scheme":"cap","description":"Calendar Access Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4324"}]},{"scheme":"cid","description":"content identifier","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2392"}]},{"scheme":"coap","description":"coap","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7252"}]},{"scheme":"coaps","description":"coaps","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7252"}]},{"scheme":"crid","description":"TV-Anytime Content Reference Identifier","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4078"}]},{"scheme":"data","description":"data","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2397"}]},{"scheme":"dav","description":"dav","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4918"}]},{"scheme":"dict","description":"dictionary service protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2229"}]},{"scheme":"dns","description":"Domain Name System","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4501"}]},{"scheme":"example","description":"example","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7595"}]},{"scheme":"file","description":"Host-specific file names","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc1738"}]},{"scheme":"ftp","description":"File Transfer Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc1738"}]},{"scheme":"geo","description":"Geographic Locations","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc5870"}]},{"scheme":"go","description":"go","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3368"}]},{"scheme":"gopher","description":"The Gopher Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4266"}]},{"scheme":"h323","description":"H.323","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3508"}]},{"scheme":"http","description":"Hypertext Transfer Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7230"}]},{"scheme":"https","description":"Hypertext Transfer Protocol Secure","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7230"}]},{"scheme":"iax","description":"Inter-Asterisk eXchange Version 2","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc5456"}]},{"scheme":"icap","description":"Internet Content Adaptation Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3507"}]},{"scheme":"im","description":"Instant Messaging","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3860"}]},{"scheme":"imap","description":"internet message access protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc5092"}]},{"scheme":"info","description":"Information Assets with Identifiers in Public Namespaces. \\n       (section 3) defines an \\"info\\" registry \\n        of public namespaces, which is maintained by NISO and can be accessed \\n        from .","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4452"}]},{"scheme":"ipp","description":"Internet Printing Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3510"}]},{"scheme":"ipps","description":"Internet Printing Protocol over HTTPS","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7472"}]},{"scheme":"iris","description":"Internet Registry Information Service","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3981"}]},{"scheme":"iris.beep","description":"iris.beep","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3983"}]},{"scheme":"iris.lwz","description":"iris.lwz","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4993"}]},{"scheme":"iris.xpc","description":"iris.xpc","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4992"}]},{"scheme":"iris.xpcs","description":"iris.xpcs","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4992"}]},{"scheme":"jabber","description":"jabber","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/perm/jabber"},{"scheme":"ldap","description":"Lightweight Directory Access Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4516"}]},{"scheme":"mailto","description":"Electronic mail address","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6068"}]},{"scheme":"mid","description":"message identifier","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2392"}]},{"scheme":"msrp","description":"Message Session Relay Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4975"}]},{"scheme":"msrps","description":"Message Session Relay Protocol Secure","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4975"}]},{"scheme":"mtqp","description":"Message Tracking Query Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3887"}]},{"scheme":"mupdate","description":"Mailbox Update (MUPDATE) Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3656"}]},{"scheme":"news","description":"USENET news","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc5538"}]},{"scheme":"nfs","description":"network file system protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2224"}]},{"scheme":"ni","description":"ni","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6920"}]},{"scheme":"nih","description":"nih","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6920"}]},{"scheme":"nntp","description":"USENET news using NNTP access","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc5538"}]},{"scheme":"opaquelocktoken","description":"opaquelocktokent","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4918"}]},{"scheme":"pkcs11","description":"PKCS#11","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7512"}]},{"scheme":"pop","description":"Post Office Protocol v3","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2384"}]},{"scheme":"pres","description":"Presence","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3859"}]},{"scheme":"reload","description":"reload","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6940"}]},{"scheme":"rtsp","description":"Real-time Streaming Protocol (RTSP)","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2326"},{"type":"draft","href":"http://www.iana.org/go/RFC-ietf-mmusic-rfc2326bis-40"}]},{"scheme":"rtsps","description":"Real-time Streaming Protocol (RTSP) over TLS","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2326"},{"type":"draft","href":"http://www.iana.org/go/RFC-ietf-mmusic-rfc2326bis-40"}]},{"scheme":"rtspu","description":"Real-time Streaming Protocol (RTSP) over unreliable datagram transport","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2326"}]},{"scheme":"service","description":"service location","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2609"}]},{"scheme":"session","description":"session","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6787"}]},{"scheme":"shttp","description":"Secure Hypertext Transfer Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2660"}]},{"scheme":"sieve","description":"ManageSieve Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc5804"}]},{"scheme":"sip","description":"session initiation protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3261"}]},{"scheme":"sips","description":"secure session initiation protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3261"}]},{"scheme":"sms","description":"Short Message Service","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc5724"}]},{"scheme":"snmp","description":"Simple Network Management Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4088"}]},{"scheme":"soap.beep","description":"soap.beep","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4227"}]},{"scheme":"soap.beeps","description":"soap.beeps","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4227"}]},{"scheme":"stun","description":"stun","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7064"}]},{"scheme":"stuns","description":"stuns","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7064"}]},{"scheme":"tag","description":"tag","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4151"}]},{"scheme":"tel","description":"telephone","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3966"}]},{"scheme":"telnet","description":"Reference to interactive sessions","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc4248"}]},{"scheme":"tftp","description":"Trivial File Transfer Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3617"}]},{"scheme":"thismessage","description":"multipart/related relative reference resolution","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2557"}],"template":"http://www.iana.org/assignments/uri-schemes/perm/thismessage"},{"scheme":"tip","description":"Transaction Internet Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2371"}]},{"scheme":"tn3270","description":"Interactive 3270 emulation sessions","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6270"}]},{"scheme":"turn","description":"turn","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7065"}]},{"scheme":"turns","description":"turns","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7065"}]},{"scheme":"tv","description":"TV Broadcasts","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2838"}]},{"scheme":"urn","description":"Uniform Resource Names","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2141"},{"type":"registry","href":"http://www.iana.org/assignments/urn-namespaces"}]},{"scheme":"vemmi","description":"versatile multimedia interface","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2122"}]},{"scheme":"vnc","description":"Remote Framebuffer Protocol","reference":[{"type":"draft","href":"http://www.iana.org/go/RFC-warden-appsawg-vnc-scheme-10"}]},{"scheme":"ws","description":"WebSocket connections","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6455"}]},{"scheme":"wss","description":"Encrypted WebSocket connections","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6455"}]},{"scheme":"xcon","description":"xcon","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6501"}]},{"scheme":"xcon-userid","description":"xcon-userid","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6501"}]},{"scheme":"xmlrpc.beep","description":"xmlrpc.beep","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3529"}]},{"scheme":"xmlrpc.beeps","description":"xmlrpc.beeps","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc3529"}]},{"scheme":"xmpp","description":"Extensible Messaging and Presence Protocol","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc5122"}]},{"scheme":"z39.50r","description":"Z39.50 Retrieval","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2056"}]},{"scheme":"z39.50s","description":"Z39.50 Session","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc2056"}]}]');

/***/ }),

/***/ 852:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('[{"scheme":"acr","description":"acr","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/acr"},{"scheme":"adiumxtra","description":"adiumxtra","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/adiumxtra"},{"scheme":"afp","description":"afp","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/afp"},{"scheme":"afs","description":"Andrew File System global file names","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc1738"}]},{"scheme":"aim","description":"aim","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/aim"},{"scheme":"appdata","description":"appdata","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/appdata"},{"scheme":"apt","description":"apt","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/apt"},{"scheme":"attachment","description":"attachment","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/attachment"},{"scheme":"aw","description":"aw","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/aw"},{"scheme":"barion","description":"barion","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/barion"},{"scheme":"beshare","description":"beshare","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/beshare"},{"scheme":"bitcoin","description":"bitcoin","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/bitcoin"},{"scheme":"blob","description":"blob","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/blob"},{"scheme":"bolo","description":"bolo","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/bolo"},{"scheme":"callto","description":"callto","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/callto"},{"scheme":"chrome","description":"chrome","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/chrome"},{"scheme":"chrome-extension","description":"chrome-extension","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/chrome-extension"},{"scheme":"com-eventbrite-attendee","description":"com-eventbrite-attendee","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/com-eventbrite-attendee"},{"scheme":"content","description":"content","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/content"},{"scheme":"cvs","description":"cvs","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/cvs"},{"scheme":"dis","description":"dis","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/dis"},{"scheme":"dlna-playcontainer","description":"dlna-playcontainer","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/dlna-playcontainer"},{"scheme":"dlna-playsingle","description":"dlna-playsingle","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/dlna-playsingle"},{"scheme":"dntp","description":"dntp","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/dntp"},{"scheme":"dtn","description":"DTNRG research and development","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc5050"}]},{"scheme":"dvb","description":"dvb","reference":[{"type":"draft","href":"http://www.iana.org/go/draft-mcroberts-uri-dvb"}]},{"scheme":"ed2k","description":"ed2k","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ed2k"},{"scheme":"facetime","description":"facetime","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/facetime"},{"scheme":"feed","description":"feed","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/feed"},{"scheme":"feedready","description":"feedready","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/feedready"},{"scheme":"finger","description":"finger","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/finger"},{"scheme":"fish","description":"fish","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/fish"},{"scheme":"gg","description":"gg","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/gg"},{"scheme":"git","description":"git","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/git"},{"scheme":"gizmoproject","description":"gizmoproject","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/gizmoproject"},{"scheme":"gtalk","description":"gtalk","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/gtalk"},{"scheme":"ham","description":"ham","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7046"}]},{"scheme":"hcp","description":"hcp","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/hcp"},{"scheme":"icon","description":"icon","reference":[{"type":"draft","href":"http://www.iana.org/go/draft-lafayette-icon-uri-scheme"}]},{"scheme":"iotdisco","description":"iotdisco","reference":[{"type":"uri","href":"http://www.iana.org/assignments/uri-schemes/prov/iotdisco.pdf"}],"template":"http://www.iana.org/assignments/uri-schemes/prov/iotdisco"},{"scheme":"ipn","description":"ipn","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6260"}]},{"scheme":"irc","description":"irc","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/irc"},{"scheme":"irc6","description":"irc6","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/irc6"},{"scheme":"ircs","description":"ircs","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ircs"},{"scheme":"isostore","description":"isostore","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/isostore"},{"scheme":"itms","description":"itms","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/itms"},{"scheme":"jar","description":"jar","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/jar"},{"scheme":"jms","description":"Java Message Service","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc6167"}]},{"scheme":"keyparc","description":"keyparc","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/keyparc"},{"scheme":"lastfm","description":"lastfm","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/lastfm"},{"scheme":"ldaps","description":"ldaps","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ldaps"},{"scheme":"magnet","description":"magnet","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/magnet"},{"scheme":"maps","description":"maps","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/maps"},{"scheme":"market","description":"market","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/market"},{"scheme":"message","description":"message","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/message"},{"scheme":"mms","description":"mms","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/mms"},{"scheme":"ms-access","description":"ms-access","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-access"},{"scheme":"ms-drive-to","description":"ms-drive-to","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-drive-to"},{"scheme":"ms-enrollment","description":"ms-enrollment","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-enrollment"},{"scheme":"ms-excel","description":"ms-excel","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-excel"},{"scheme":"ms-getoffice","description":"ms-getoffice","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-getoffice"},{"scheme":"ms-help","description":"ms-help","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-help"},{"scheme":"ms-infopath","description":"ms-infopath","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-infopath"},{"scheme":"ms-media-stream-id","description":"ms-media-stream-id","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-media-stream-id"},{"scheme":"ms-powerpoint","description":"ms-powerpoint","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-powerpoint"},{"scheme":"ms-project","description":"ms-project","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-project"},{"scheme":"ms-publisher","description":"ms-publisher","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-publisher"},{"scheme":"ms-search-repair","description":"ms-search-repair","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-search-repair"},{"scheme":"ms-secondary-screen-controller","description":"ms-secondary-screen-controller","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-secondary-screen-controller"},{"scheme":"ms-secondary-screen-setup","description":"ms-secondary-screen-setup","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-secondary-screen-setup"},{"scheme":"ms-settings","description":"ms-settings","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings"},{"scheme":"ms-settings-airplanemode","description":"ms-settings-airplanemode","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-airplanemode"},{"scheme":"ms-settings-bluetooth","description":"ms-settings-bluetooth","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-bluetooth"},{"scheme":"ms-settings-camera","description":"ms-settings-camera","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-camera"},{"scheme":"ms-settings-cellular","description":"ms-settings-cellular","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-cellular"},{"scheme":"ms-settings-cloudstorage","description":"ms-settings-cloudstorage","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-cloudstorage"},{"scheme":"ms-settings-connectabledevices","description":"ms-settings-connectabledevices","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-connectabledevices"},{"scheme":"ms-settings-displays-topology","description":"ms-settings-displays-topology","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-displays-topology"},{"scheme":"ms-settings-emailandaccounts","description":"ms-settings-emailandaccounts","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-emailandaccounts"},{"scheme":"ms-settings-language","description":"ms-settings-language","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-language"},{"scheme":"ms-settings-location","description":"ms-settings-location","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-location"},{"scheme":"ms-settings-lock","description":"ms-settings-lock","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-lock"},{"scheme":"ms-settings-nfctransactions","description":"ms-settings-nfctransactions","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-nfctransactions"},{"scheme":"ms-settings-notifications","description":"ms-settings-notifications","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-notifications"},{"scheme":"ms-settings-power","description":"ms-settings-power","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-power"},{"scheme":"ms-settings-privacy","description":"ms-settings-privacy","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-privacy"},{"scheme":"ms-settings-proximity","description":"ms-settings-proximity","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-proximity"},{"scheme":"ms-settings-screenrotation","description":"ms-settings-screenrotation","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-screenrotation"},{"scheme":"ms-settings-wifi","description":"ms-settings-wifi","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-wifi"},{"scheme":"ms-settings-workplace","description":"ms-settings-workplace","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-settings-workplace"},{"scheme":"ms-spd","description":"ms-spd","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-spd"},{"scheme":"ms-transit-to","description":"ms-transit-to","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-transit-to"},{"scheme":"ms-visio","description":"ms-visio","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-visio"},{"scheme":"ms-walk-to","description":"ms-walk-to","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-walk-to"},{"scheme":"ms-word","description":"ms-word","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ms-word"},{"scheme":"msnim","description":"msnim","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/msnim"},{"scheme":"mumble","description":"mumble","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/mumble"},{"scheme":"mvn","description":"mvn","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/mvn"},{"scheme":"notes","description":"notes","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/notes"},{"scheme":"oid","description":"oid","reference":[{"type":"draft","href":"http://www.iana.org/go/draft-larmouth-oid-iri"}],"template":"http://www.iana.org/assignments/uri-schemes/prov/oid"},{"scheme":"palm","description":"palm","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/palm"},{"scheme":"paparazzi","description":"paparazzi","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/paparazzi"},{"scheme":"platform","description":"platform","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/platform"},{"scheme":"proxy","description":"proxy","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/proxy"},{"scheme":"psyc","description":"psyc","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/psyc"},{"scheme":"query","description":"query","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/query"},{"scheme":"redis","description":"redis","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/redis"},{"scheme":"rediss","description":"rediss","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/rediss"},{"scheme":"res","description":"res","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/res"},{"scheme":"resource","description":"resource","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/resource"},{"scheme":"rmi","description":"rmi","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/rmi"},{"scheme":"rsync","description":"rsync","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc5781"}]},{"scheme":"rtmfp","description":"rtmfp","reference":[{"type":"rfc","href":"http://www.iana.org/go/rfc7425"}],"template":"http://www.iana.org/assignments/uri-schemes/prov/rtmfp"},{"scheme":"rtmp","description":"rtmp","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/rtmp"},{"scheme":"secondlife","description":"query","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/secondlife"},{"scheme":"sftp","description":"query","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/sftp"},{"scheme":"sgn","description":"sgn","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/sgn"},{"scheme":"skype","description":"skype","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/skype"},{"scheme":"smb","description":"smb","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/smb"},{"scheme":"smtp","description":"smtp","reference":[{"type":"draft","href":"http://www.iana.org/go/draft-melnikov-smime-msa-to-mda"}],"template":"http://www.iana.org/assignments/uri-schemes/prov/smtp"},{"scheme":"soldat","description":"soldat","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/soldat"},{"scheme":"spotify","description":"spotify","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/spotify"},{"scheme":"ssh","description":"ssh","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ssh"},{"scheme":"steam","description":"steam","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/steam"},{"scheme":"submit","description":"submit","reference":[{"type":"draft","href":"http://www.iana.org/go/draft-melnikov-smime-msa-to-mda"}],"template":"http://www.iana.org/assignments/uri-schemes/prov/submit"},{"scheme":"svn","description":"svn","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/svn"},{"scheme":"teamspeak","description":"teamspeak","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/teamspeak"},{"scheme":"teliaeid","description":"teliaeid","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/teliaeid"},{"scheme":"things","description":"things","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/things"},{"scheme":"tool","description":"tool","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/tool"},{"scheme":"udp","description":"udp","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/udp"},{"scheme":"unreal","description":"unreal","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/unreal"},{"scheme":"ut2004","description":"ut2004","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ut2004"},{"scheme":"v-event","description":"v-event","reference":[{"type":"draft","href":"http://www.iana.org/go/draft-menderico-v-event-uri"}],"template":"http://www.iana.org/assignments/uri-schemes/prov/v-event"},{"scheme":"ventrilo","description":"ventrilo","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ventrilo"},{"scheme":"view-source","description":"view-source","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/view-source"},{"scheme":"webcal","description":"webcal","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/webcal"},{"scheme":"wpid","description":"wpid","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/wpid"},{"scheme":"wtai","description":"wtai","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/wtai"},{"scheme":"wyciwyg","description":"wyciwyg","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/wyciwyg"},{"scheme":"xfire","description":"xfire","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/xfire"},{"scheme":"xri","description":"xri","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/xri"},{"scheme":"ymsgr","description":"ymsgr","reference":[],"template":"http://www.iana.org/assignments/uri-schemes/prov/ymsgr"}]');

/***/ }),

/***/ 3446:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('[{"scheme":"android-app"},{"scheme":"webpack"},{"scheme":"s3","description":"Amazon Web Services S3 bucket"},{"scheme":"gs","description":"Google Cloud Storage"},{"scheme":"mqtt","description":"Message Queuing Telemetry Transport Protocol"},{"scheme":"modbus+tcp","description":"Modbus over TCP"}]');

/***/ })

};
