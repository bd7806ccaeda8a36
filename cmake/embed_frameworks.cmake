# Writes a C++ source holding every frameworks/*.yaml as a string, so the binary carries
# the evaluation frameworks it can assess against (src/frameworks/embedded.h).
file(GLOB frameworks ${FRAMEWORK_DIR}/*.yaml)
list(SORT frameworks)
set(body "// Generated from frameworks/; do not edit.\n#include \"frameworks/embedded.h\"\nnamespace simpul::frameworks {\n")
string(APPEND body "const std::vector<EmbeddedFile>& embedded_frameworks() {\n  static const std::vector<EmbeddedFile> all = {\n")
foreach(f ${frameworks})
  file(RELATIVE_PATH name ${FRAMEWORK_DIR} ${f})
  file(READ ${f} text)
  string(APPEND body "    {\"${name}\", R\"simpul_text(${text})simpul_text\"},\n")
endforeach()
string(APPEND body "  };\n  return all;\n}\n}  // namespace simpul::frameworks\n")
file(WRITE ${OUTPUT}.tmp "${body}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
