# Writes a C++ source holding text files as strings, so the binary carries them (the SQL
# migrations, the regulation profiles and their sources, the evaluation frameworks).
#   -DOUTPUT=file.cpp -DDIR=folder -DHEADER=profiles/embedded.h -DNAMESPACE=simpul::profiles
#   -DTYPE=EmbeddedFile -DGROUPS=profiles=*.yaml,sources=sources/*.txt
# Each group NAME=GLOB (relative to DIR) becomes `const std::vector<TYPE>& embedded_NAME()`,
# its files sorted by name, each as {path relative to DIR, text}.
string(REPLACE "," ";" groups "${GROUPS}")
get_filename_component(folder ${DIR} NAME)  # not the whole path: the source stays the same in every checkout
set(body "// Generated from ${folder}/; do not edit.\n#include \"${HEADER}\"\nnamespace ${NAMESPACE} {\n")
foreach(group ${groups})
  string(REPLACE "=" ";" parts "${group}")
  list(GET parts 0 name)
  list(GET parts 1 pattern)
  file(GLOB files ${DIR}/${pattern})
  list(SORT files)
  string(APPEND body "const std::vector<${TYPE}>& embedded_${name}() {\n  static const std::vector<${TYPE}> all = {\n")
  foreach(f ${files})
    file(RELATIVE_PATH path ${DIR} ${f})
    file(READ ${f} text)
    string(APPEND body "    {\"${path}\", R\"simpul_text(${text})simpul_text\"},\n")
  endforeach()
  string(APPEND body "  };\n  return all;\n}\n")
endforeach()
string(APPEND body "}  // namespace ${NAMESPACE}\n")
file(WRITE ${OUTPUT}.tmp "${body}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
