// (placeholder: the routes are being written)
#include "modules/evaluation/routes_support.h"

namespace simpul::modules::evaluation {

void add_question_routes(http::Router&, AppContext&) {}

}  // namespace simpul::modules::evaluation
