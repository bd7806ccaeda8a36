#include "app/demo_data.h"

namespace simpul::demo_data {

const std::vector<AgencyName>& madiun_agencies() {
  static const std::vector<AgencyName> all = {
      {"Sekretariat Daerah", "Setda", "sekretariat", ""},
      {"Sekretariat Dewan Perwakilan Rakyat Daerah", "Setwan", "sekretariat", ""},
      {"Inspektorat Daerah", "Inspektorat", "inspektorat", ""},
      {"Dinas Komunikasi dan Informatika", "Diskominfo", "dinas", ""},
      {"Badan Perencanaan Pembangunan Daerah", "Bappeda", "badan", ""},
      {"Dinas Kesehatan", "Dinkes", "dinas", ""},
      {"Dinas Pendidikan", "Dindik", "dinas", ""},
      {"Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "dinas", ""},
      {"Dinas Perumahan dan Kawasan Permukiman", "Disperkim", "dinas", ""},
      {"Satuan Polisi Pamong Praja", "Satpol PP", "satuan", ""},
      {"Dinas Sosial", "Dinsos", "dinas", ""},
      {"Dinas Tenaga Kerja", "Disnaker", "dinas", ""},
      {"Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A", "dinas", ""},
      {"Dinas Ketahanan Pangan dan Pertanian", "DKPP", "dinas", ""},
      {"Dinas Lingkungan Hidup", "DLH", "dinas", ""},
      {"Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "dinas", ""},
      {"Dinas Pengendalian Penduduk dan Keluarga Berencana", "DPPKB", "dinas", ""},
      {"Dinas Perhubungan", "Dishub", "dinas", ""},
      {"Dinas Koperasi dan Usaha Mikro", "Dinkop UM", "dinas", ""},
      {"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "dinas", ""},
      {"Dinas Kepemudaan dan Olahraga", "Dispora", "dinas", ""},
      {"Dinas Pariwisata dan Kebudayaan", "Disparbud", "dinas", ""},
      {"Dinas Perpustakaan dan Kearsipan", "Dispusip", "dinas", ""},
      {"Dinas Perdagangan", "Disdag", "dinas", ""},
      {"Dinas Perindustrian", "Disperin", "dinas", ""},
      {"Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "badan", ""},
      {"Badan Pendapatan Daerah", "Bapenda", "badan", ""},
      {"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "badan", ""},
      {"Badan Kesatuan Bangsa dan Politik", "Bakesbangpol", "badan", ""},
      {"Badan Penanggulangan Bencana Daerah", "BPBD", "badan", ""},
      {"Rumah Sakit Umum Daerah Kota Madiun", "RSUD", "rumah_sakit", ""},
      {"Bagian Organisasi", "Bag. Organisasi", "bagian", "Setda"},
      {"Bagian Hukum", "Bag. Hukum", "bagian", "Setda"},
      {"Bagian Umum", "Bag. Umum", "bagian", "Setda"},
      {"Bagian Pemerintahan", "Bag. Pemerintahan", "bagian", "Setda"},
      {"Bagian Perekonomian dan Kesejahteraan Rakyat", "Bag. Perekonomian", "bagian", "Setda"},
      {"Bagian Pengadaan Barang dan Jasa", "Bag. PBJ", "bagian", "Setda"},
      {"Bagian Protokol dan Komunikasi Pimpinan", "Bag. Prokopim", "bagian", "Setda"},
      {"Bagian Administrasi Pembangunan", "Bag. Adpem", "bagian", "Setda"},
      {"Kecamatan Kartoharjo", "Kec. Kartoharjo", "kecamatan", ""},
      {"Kecamatan Manguharjo", "Kec. Manguharjo", "kecamatan", ""},
      {"Kecamatan Taman", "Kec. Taman", "kecamatan", ""},
      {"Kelurahan Kartoharjo", "Kel. Kartoharjo", "kelurahan", "Kec. Kartoharjo"},
      {"Kelurahan Manguharjo", "Kel. Manguharjo", "kelurahan", "Kec. Manguharjo"},
      {"Kelurahan Taman", "Kel. Taman", "kelurahan", "Kec. Taman"},
      {"Kelurahan Klegen", "Kel. Klegen", "kelurahan", "Kec. Kartoharjo"},
      {"Kelurahan Madiun Lor", "Kel. Madiun Lor", "kelurahan", "Kec. Manguharjo"},
      {"Kelurahan Banjarejo", "Kel. Banjarejo", "kelurahan", "Kec. Taman"},
      {"Kelurahan Oro-oro Ombo", "Kel. Oro-oro Ombo", "kelurahan", "Kec. Kartoharjo"},
      {"Kelurahan Pangongangan", "Kel. Pangongangan", "kelurahan", "Kec. Manguharjo"},
      {"Kelurahan Demangan", "Kel. Demangan", "kelurahan", "Kec. Taman"},
      {"Kelurahan Sukosari", "Kel. Sukosari", "kelurahan", "Kec. Kartoharjo"},
      {"Kelurahan Patihan", "Kel. Patihan", "kelurahan", "Kec. Manguharjo"},
      {"Kelurahan Josenan", "Kel. Josenan", "kelurahan", "Kec. Taman"},
      {"Kelurahan Tawangrejo", "Kel. Tawangrejo", "kelurahan", "Kec. Kartoharjo"},
      {"Kelurahan Nambangan Lor", "Kel. Nambangan Lor", "kelurahan", "Kec. Manguharjo"},
      {"Kelurahan Kejuron", "Kel. Kejuron", "kelurahan", "Kec. Taman"},
      {"Kelurahan Kanigoro", "Kel. Kanigoro", "kelurahan", "Kec. Kartoharjo"},
      {"Kelurahan Nambangan Kidul", "Kel. Nambangan Kidul", "kelurahan", "Kec. Manguharjo"},
      {"Kelurahan Kuncen", "Kel. Kuncen", "kelurahan", "Kec. Taman"},
      {"Kelurahan Pilangbango", "Kel. Pilangbango", "kelurahan", "Kec. Kartoharjo"},
      {"Kelurahan Winongo", "Kel. Winongo", "kelurahan", "Kec. Manguharjo"},
      {"Kelurahan Manisrejo", "Kel. Manisrejo", "kelurahan", "Kec. Taman"},
      {"Kelurahan Rejomulyo", "Kel. Rejomulyo", "kelurahan", "Kec. Kartoharjo"},
      {"Kelurahan Ngegong", "Kel. Ngegong", "kelurahan", "Kec. Manguharjo"},
      {"Kelurahan Mojorejo", "Kel. Mojorejo", "kelurahan", "Kec. Taman"},
      {"Kelurahan Kelun", "Kel. Kelun", "kelurahan", "Kec. Kartoharjo"},
      {"Kelurahan Sogaten", "Kel. Sogaten", "kelurahan", "Kec. Manguharjo"},
      {"Kelurahan Pandean", "Kel. Pandean", "kelurahan", "Kec. Taman"},
  };
  return all;
}

const std::vector<std::string_view>& male_given_names() {
  static const std::vector<std::string_view> names = {
      "Agus", "Bambang", "Budi", "Dwi", "Eko", "Hadi", "Joko", "Slamet", "Sugeng", "Teguh", "Wahyu", "Yudi",
      "Arif", "Bayu", "Dedi", "Fajar", "Gunawan", "Heru", "Imam", "Kukuh", "Nanang", "Puguh", "Rudi", "Sigit",
      "Tri", "Yoga", "Adi", "Anang", "Didik", "Hendro"};
  return names;
}

const std::vector<std::string_view>& female_given_names() {
  static const std::vector<std::string_view> names = {
      "Sri", "Endang", "Dewi", "Ratna", "Siti", "Wulan", "Yuni", "Tutik", "Rini", "Lestari", "Ningsih", "Puji",
      "Anik", "Dian", "Eka", "Fitri", "Indah", "Kartika", "Lina", "Mega", "Novi", "Retno", "Sulastri", "Titik",
      "Umi", "Wiwik", "Yeni", "Ayu", "Diah", "Erna"};
  return names;
}

const std::vector<std::string_view>& family_names() {
  static const std::vector<std::string_view> names = {
      "Santoso", "Wibowo", "Prasetyo", "Susanto", "Wahyuni", "Rahayu", "Setiawan", "Hidayat", "Kurniawan", "Purnomo",
      "Suryani", "Handayani", "Nugroho", "Saputra", "Utomo", "Wijaya", "Hartono", "Sulistyo", "Pratiwi", "Astuti",
      "Widodo", "Suharto", "Sudarmo", "Riyanto", "Mulyono", "Haryanto", "Sasongko", "Permana", "Kusuma", "Anggraini"};
  return names;
}

}  // namespace simpul::demo_data
