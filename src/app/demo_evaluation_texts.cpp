#include "app/demo_evaluation_texts.h"

namespace simpul::demo_evaluation {

const std::vector<IndicatorStory>& indicator_stories() {
  static const std::vector<IndicatorStory> all{
      // Domain 1, Kebijakan Internal SPBE
      {1, {3, 3, 3}, "Kebijakan internal Arsitektur SPBE",
       "Arsitektur SPBE diatur dalam Peraturan Wali Kota tentang SPBE dan berlaku bagi seluruh perangkat daerah."},
      {2, {3, 3, 3}, "Kebijakan internal Peta Rencana SPBE",
       "Peta Rencana SPBE ditetapkan bersama Rencana Induk SPBE dan menjadi acuan program setiap perangkat daerah."},
      {3, {3, 3, 3}, "Kebijakan internal Manajemen Data",
       "Kebijakan Satu Data daerah menetapkan walidata, produsen data dan standar data yang dipakai semua PD."},
      {4, {3, 3, 3}, "Kebijakan internal Pembangunan Aplikasi SPBE",
       "Pembangunan aplikasi wajib dikonsultasikan ke Dinas Kominfo dan mengikuti standar aplikasi yang ditetapkan."},
      {5, {2, 3, 3}, "Kebijakan internal Layanan Pusat Data",
       "Seluruh server perangkat daerah wajib ditempatkan di pusat data pemerintah daerah sesuai surat edaran Sekda."},
      {6, {2, 2, 3}, "Kebijakan internal Layanan Jaringan Intra",
       "Jaringan intra pemerintah daerah dikelola Dinas Kominfo; setiap PD menyampaikan diagram LAN-nya."},
      {7, {2, 2, 2}, "Kebijakan internal Penggunaan Sistem Penghubung Layanan",
       "Kewajiban memakai sistem penghubung layanan baru diatur untuk aplikasi baru; aplikasi lama belum tercakup."},
      {8, {3, 3, 3}, "Kebijakan internal Manajemen Keamanan Informasi",
       "Kebijakan keamanan informasi mengatur klasifikasi informasi, kendali akses dan penanganan insiden."},
      {9, {2, 2, 3}, "Kebijakan internal Audit TIK",
       "Audit infrastruktur, aplikasi dan keamanan SPBE dijadwalkan berkala dan hasilnya dilaporkan kepada Wali Kota."},
      {10, {3, 3, 3}, "Kebijakan internal Tim Koordinasi SPBE",
       "Keputusan Wali Kota menetapkan susunan, tugas dan jadwal rapat Tim Koordinasi SPBE."},
      // Domain 2, Tata Kelola SPBE
      {11, {2, 3, 3}, "Arsitektur SPBE",
       "Dokumen Arsitektur SPBE memuat domain proses bisnis, data, aplikasi, infrastruktur, keamanan dan layanan."},
      {12, {3, 3, 3}, "Peta Rencana SPBE",
       "Peta Rencana memuat program dan kegiatan SPBE per tahun dan per perangkat daerah untuk lima tahun."},
      {13, {3, 3, 3}, "Keterpaduan Rencana dan Anggaran SPBE",
       "Usulan belanja TIK perangkat daerah direviu Dinas Kominfo dan Bappeda sebelum masuk RKA."},
      {14, {2, 3, 3}, "Inovasi Proses Bisnis SPBE",
       "Proses bisnis layanan prioritas dipetakan ulang dan disederhanakan sebelum dibangun aplikasinya."},
      {15, {3, 3, 3}, "Pembangunan Aplikasi SPBE",
       "Register aplikasi mencatat pemilik, kategori dan dokumen setiap aplikasi; pembangunan mengikuti standar."},
      {16, {2, 3, 3}, "Layanan Pusat Data",
       "Pusat data pemerintah daerah melayani hosting, VPS dan kolokasi; cadangan disalin ke pusat pemulihan data."},
      {17, {2, 3, 3}, "Layanan Jaringan Intra",
       "Jaringan intra menghubungkan balai kota, perangkat daerah dan kecamatan melalui serat optik dan radio."},
      {18, {2, 2, 3}, "Penggunaan Sistem Penghubung Layanan",
       "Pertukaran data antaraplikasi melalui API gateway; sebagian aplikasi masih bertukar berkas secara manual."},
      {19, {3, 3, 3}, "Pelaksanaan Tim Koordinasi SPBE",
       "Tim Koordinasi SPBE rapat setiap triwulan; notulen dan tindak lanjutnya disimpan."},
      {20, {2, 2, 3}, "Kolaborasi Penerapan SPBE",
       "Kerja sama dengan kementerian dan pemerintah daerah lain untuk aplikasi umum dan pertukaran data."},
      // Domain 3, Manajemen SPBE
      {21, {2, 3, 3}, "Manajemen Risiko SPBE",
       "Setiap perangkat daerah menyusun konteks dan register risiko SPBE serta laporan pemantauan triwulanan."},
      {22, {2, 2, 3}, "Manajemen Keamanan Informasi",
       "Insiden keamanan ditangani CSIRT daerah; kebijakan keamanan mulai diterapkan di seluruh PD."},
      {23, {2, 2, 2}, "Manajemen Data",
       "Katalog data dan daftar data prioritas tersedia; sebagian PD belum memutakhirkan metadata."},
      {24, {2, 2, 3}, "Manajemen Aset TIK",
       "Aset perangkat keras dan lisensi perangkat lunak dicatat per perangkat daerah dengan masa berlakunya."},
      {25, {1, 1, 2}, "Manajemen Kompetensi SDM",
       "Standar kompetensi TIK dan rencana pelatihan baru disusun di sebagian perangkat daerah."},
      {26, {1, 1, 2}, "Manajemen Pengetahuan",
       "Basis pengetahuan layanan TIK mulai diisi oleh Service Desk dan Dinas Kominfo."},
      {27, {1, 1, 1}, "Manajemen Perubahan",
       "Permintaan perubahan sudah dicatat, tetapi belum ada prosedur perubahan yang ditetapkan."},
      {28, {2, 3, 3}, "Manajemen Layanan SPBE",
       "Service Desk dua tingkat menerima tiket dari semua kanal dengan tenggat layanan yang diukur."},
      {29, {2, 2, 3}, "Audit Infrastruktur SPBE",
       "Audit infrastruktur pusat data dan jaringan intra dilakukan oleh auditor yang diakui."},
      {30, {1, 1, 2}, "Audit Aplikasi SPBE", "Audit aplikasi baru mencakup sebagian aplikasi yang sudah beroperasi."},
      {31, {1, 2, 2}, "Audit Keamanan SPBE",
       "Audit keamanan aplikasi dan infrastruktur dilakukan bersama BSSN untuk sistem prioritas."},
      // Domain 4, Layanan SPBE: administrasi pemerintahan
      {32, {3, 3, 3}, "Layanan Perencanaan",
       "Perencanaan pembangunan disusun dalam aplikasi perencanaan daerah dengan alur verifikasi Bappeda."},
      {33, {3, 3, 4}, "Layanan Penganggaran",
       "Penganggaran terintegrasi dengan perencanaan; RKA disusun dan diverifikasi secara elektronik."},
      {34, {3, 4, 4}, "Layanan Keuangan",
       "Penatausahaan keuangan terhubung dengan bank daerah untuk pembayaran nontunai."},
      {35, {3, 3, 3}, "Layanan Pengadaan Barang dan Jasa",
       "Pengadaan melalui LPSE dan katalog elektronik, dari pengumuman sampai kontrak."},
      {36, {3, 3, 3}, "Layanan Kepegawaian",
       "Data pegawai, kenaikan pangkat dan cuti diproses dalam sistem informasi kepegawaian."},
      {37, {2, 2, 3}, "Layanan Kearsipan Dinamis",
       "Naskah dinas elektronik dan tanda tangan elektronik dipakai untuk surat keluar perangkat daerah."},
      {38, {3, 3, 3}, "Layanan Pengelolaan Barang Milik Daerah",
       "Inventarisasi dan mutasi barang milik daerah dicatat dalam aplikasi BMD."},
      {39, {2, 3, 3}, "Layanan Pengawasan Internal Pemerintah",
       "Inspektorat mencatat temuan dan tindak lanjut pemeriksaan secara elektronik."},
      {40, {3, 3, 3}, "Layanan Akuntabilitas Kinerja Organisasi",
       "Perjanjian kinerja dan capaian indikator kinerja utama dilaporkan melalui aplikasi SAKIP."},
      {41, {3, 3, 3}, "Layanan Kinerja Pegawai",
       "Sasaran kinerja pegawai dan penilaian bulanan diisi dalam aplikasi kinerja pegawai."},
      // Domain 4, Layanan SPBE: publik
      {42, {3, 3, 4}, "Layanan Pengaduan Pelayanan Publik",
       "Pengaduan warga diterima lewat portal, media sosial dan SP4N-LAPOR!, dilacak dengan kode pelacakan."},
      {43, {3, 4, 4}, "Layanan Data Terbuka", "Portal data terbuka menerbitkan dataset publik dengan metadata dan API."},
      {44, {3, 3, 3}, "Layanan Jaringan Dokumentasi dan Informasi Hukum",
       "JDIH memuat peraturan daerah dan peraturan wali kota dengan pencarian teks lengkap."},
      {45, {3, 3, 3}, "Layanan Publik Sektor 1 (kesehatan)",
       "Pendaftaran pasien puskesmas dan rumah sakit daerah secara daring dengan antrean elektronik."},
      {46, {2, 2, 3}, "Layanan Publik Sektor 2 (perizinan)",
       "Perizinan berusaha daerah diajukan dan dilacak secara daring, terhubung dengan OSS."},
      {47, {2, 3, 3}, "Layanan Publik Sektor 3 (administrasi kependudukan)",
       "Permohonan dokumen kependudukan diajukan daring dan dicetak mandiri di kelurahan."},
  };
  return all;
}

namespace {

// What a level means, in the words of PermenPANRB 59/2020 Tabel 1 and Tabel 2 (condensed).
const char* level_meaning(const std::string& scale, int level) {
  static const char* process[] = {
      "dilaksanakan tanpa perencanaan (ad hoc); kebijakannya belum ada atau masih berupa draf.",
      "sudah direncanakan dan diterapkan di sebagian perangkat daerah, tetapi belum mengikuti pedoman baku.",
      "sudah mengikuti pedoman dan diterapkan di seluruh perangkat daerah.",
      "sudah terpadu dan kinerjanya diukur melalui reviu dan evaluasi berkala.",
      "sudah ditingkatkan terus-menerus berdasarkan hasil reviu dan evaluasi.",
  };
  static const char* service[] = {
      "baru menyajikan informasi satu arah.",
      "sudah interaktif: pengguna dapat mencari, mengunggah dan mengunduh.",
      "sudah mendukung transaksi dengan alur kerja otomatis (validasi, persetujuan, notifikasi).",
      "sudah terintegrasi dan berkolaborasi dengan layanan SPBE lain.",
      "sudah ditingkatkan terus-menerus berdasarkan evaluasi kebutuhan pengguna.",
  };
  if (level < 1 || level > 5) return "";
  return scale == "service" ? service[level - 1] : process[level - 1];
}

}  // namespace

std::string explanation(const IndicatorStory& story, const std::string& scale, int level, int previous_level,
                        int previous_year) {
  std::string text = std::string(story.subject) + " " + level_meaning(scale, level) + " " + story.detail;
  if (previous_level > 0 && level > previous_level)
    text += " Naik dari tingkat " + std::to_string(previous_level) + " pada penilaian " + std::to_string(previous_year) +
            " setelah rekomendasi perbaikan ditindaklanjuti.";
  else if (previous_level > 0)
    text += " Tetap pada tingkat yang sama dengan penilaian " + std::to_string(previous_year) + ".";
  return text;
}

}  // namespace simpul::demo_evaluation
