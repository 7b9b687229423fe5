/**
 * The online forms of the matters (网上申报表单) and the checks every submitted value passes, whether it comes
 * from the JSF form, the JSON API or a partner system: the form definition of the catalogue, typed fields, and
 * self-validating identity numbers (resident identity number of GB 11643, unified social credit code of
 * GB 32100, mobile numbers). Nothing here knows a page, a request or a database.
 */
package cn.tongban.forms;
