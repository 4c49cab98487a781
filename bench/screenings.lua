-- wrk script: POST a rotating mix of screening requests (the vignettes' kinds of answers).
local bodies = {
  '{"consent":true,"receiver":{"ageYears":31,"pregnancy":"NO"},"giver":{}}',
  '{"consent":true,"receiver":{"ageYears":40,"pregnancy":"NO"},"oils":["JOJOBA","LAVENDER"]}',
  '{"consent":true,"receiver":{"ageYears":28,"pregnancy":"NO","allergies":["TREE_NUT"]},"oils":["SWEET_ALMOND","LAVENDER"],"patchTested":["LAVENDER"]}',
  '{"consent":true,"receiver":{"ageYears":35,"pregnancy":"NO","conditions":["SENSITIVE_SKIN_OR_ECZEMA"],"localIssues":[{"kind":"RASH_OR_FLARE","area":"SCALP"}]},"routine":"SEVEN_STEP_HEAD"}',
  '{"consent":true,"receiver":{"ageYears":22,"pregnancy":"NO","conditions":["HEAD_OR_NECK_INJURY_RECENT"]}}',
  '{"consent":true,"receiver":{"ageYears":30,"pregnancy":"YES"},"oils":["JOJOBA","ROSEMARY","LAVENDER"],"patchTested":["JOJOBA","LAVENDER"]}',
  '{"consent":true,"receiver":{"ageYears":68,"pregnancy":"NO","medications":["BLOOD_THINNERS"],"unsure":["EPILEPSY"]}}',
  '{"consent":true,"receiver":{"ageYears":78,"pregnancy":"NO"},"oils":["GRAPESEED","BERGAMOT","SWEET_ORANGE"],"patchTested":["GRAPESEED","BERGAMOT","SWEET_ORANGE"]}'
}
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/v1/screenings", {["Content-Type"] = "application/json"}, bodies[i])
end
