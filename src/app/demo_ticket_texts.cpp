#include "app/demo_ticket_texts.h"

namespace simpul::demo_ticket_texts {

const std::vector<Subject>& subjects(std::string_view kind) {
  static const std::vector<Subject> complaint{
      {"Antrean {x} terlalu lama",
       "Saya datang pukul 08.00 di {p} dan baru dilayani pukul 11.30. Nomor antrean daring tidak sesuai dengan panggilan di loket."},
      {"Permohonan melalui {x} belum diproses",
       "Permohonan saya sudah dikirim dua minggu lalu melalui {x}, tetapi statusnya masih menunggu verifikasi. Mohon kejelasan."},
      {"Petugas loket {p} tidak memberi penjelasan",
       "Saat mengurus {x}, petugas hanya meminta berkas tambahan tanpa menjelaskan syaratnya. Mohon informasi persyaratan yang lengkap."},
      {"Situs {x} tidak bisa dibuka dari ponsel",
       "Halaman {x} tampil berantakan dan tombol kirim tidak bisa ditekan dari ponsel. Saya warga {p}."},
      {"Kode OTP {x} tidak pernah masuk",
       "Saya mendaftar di {x} dengan nomor ponsel aktif, tetapi SMS kode OTP tidak pernah datang meski sudah dicoba lima kali."},
      {"Jadwal layanan {x} berbeda dengan pengumuman",
       "Di pengumuman tertulis loket buka sampai pukul 15.00, tetapi di {p} loket sudah tutup pukul 13.00."},
      {"Data saya di {x} salah",
       "Nama dan tanggal lahir saya tercatat salah di {x}. Sudah saya laporkan di {p} tetapi belum diperbaiki."},
  };
  static const std::vector<Subject> incident{
      {"{x} tidak bisa diakses",
       "Sejak pagi {x} menampilkan pesan galat 502 saat dibuka. Layanan kepada warga di {p} terhenti."},
      {"Jaringan internet kantor {p} terputus",
       "Seluruh komputer di {p} tidak tersambung ke internet sejak pukul 09.00; lampu perangkat di ruang server berkedip merah."},
      {"E-mail dinas tidak menerima pesan",
       "Kotak masuk e-mail dinas tidak menerima pesan baru sejak kemarin sore, padahal pengirim tidak mendapat pesan gagal."},
      {"Printer jaringan {p} tidak terdeteksi",
       "Printer bersama di {p} tidak muncul lagi di komputer pegawai setelah pemadaman listrik."},
      {"Login {x} gagal untuk semua pegawai",
       "Semua pegawai mendapat pesan 'sesi tidak valid' saat masuk ke {x}. Pekerjaan pelayanan tertunda."},
      {"Server {x} sangat lambat",
       "Membuka satu halaman {x} butuh lebih dari satu menit sejak tadi pagi. Antrean di {p} menumpuk."},
      {"Telepon IP {p} mati",
       "Pesawat telepon IP di {p} tidak mendapat nada sambung; nomor pengaduan tidak bisa dihubungi warga."},
  };
  static const std::vector<Subject> problem{
      {"{x} sering lambat setiap Senin pagi",
       "Tiga minggu berturut-turut {x} melambat antara pukul 07.30 dan 09.00. Mohon dicari penyebabnya."},
      {"Sambungan VPN {p} sering putus",
       "Sambungan VPN dari {p} ke pusat data putus beberapa kali sehari, terutama saat hujan."},
      {"Laporan bulanan {x} selalu gagal diunduh",
       "Unduhan laporan bulanan dari {x} berhenti di tengah jalan bila datanya lebih dari satu bulan."},
      {"Sinkronisasi data {x} dengan data kependudukan gagal",
       "Sebagian NIK tidak ditemukan saat sinkronisasi {x}, padahal datanya benar. Terjadi berulang setiap malam."},
      {"Komputer di {p} sering terkena malware",
       "Antivirus di {p} menemukan malware yang sama berulang kali dari diska lepas. Mohon penanganan menyeluruh."},
  };
  static const std::vector<Subject> request{
      {"Permintaan akun {x} untuk pegawai baru",
       "Mohon dibuatkan akun {x} untuk dua pegawai baru di {p} dengan hak akses operator."},
      {"Reset kata sandi {x}",
       "Saya lupa kata sandi {x} dan fitur lupa kata sandi tidak mengirim tautan ke e-mail saya."},
      {"Pemasangan titik akses Wi-Fi di {p}",
       "Mohon dipasang titik akses Wi-Fi di ruang pelayanan {p}; sinyal di ruang tunggu warga sangat lemah."},
      {"Permintaan alamat e-mail dinas",
       "Mohon dibuatkan alamat e-mail dinas untuk bidang pelayanan di {p}."},
      {"Permintaan subdomain untuk {x}",
       "Mohon disiapkan subdomain resmi untuk {x} agar warga tidak lagi memakai alamat IP."},
      {"Permintaan data rekap {x}",
       "Mohon dikirim rekap bulanan dari {x} untuk bahan rapat koordinasi di {p}."},
      {"Pemasangan aplikasi kantor di komputer {p}",
       "Mohon dipasang aplikasi perkantoran dan tanda tangan elektronik di tiga komputer baru di {p}."},
  };
  static const std::vector<Subject> change{
      {"Penambahan kolom NIK pada formulir {x}",
       "Formulir {x} perlu kolom NIK agar permohonan bisa diperiksa ke data kependudukan."},
      {"Perubahan alur persetujuan di {x}",
       "Persetujuan di {x} perlu ditambah satu tahap pemeriksaan oleh kepala bidang sebelum kepala dinas."},
      {"Pemindahan {x} ke pusat data",
       "Server {x} yang masih di ruang kantor {p} perlu dipindah ke pusat data sesuai ketentuan penempatan."},
      {"Pembaruan sertifikat SSL {x}",
       "Sertifikat SSL {x} habis masa berlakunya bulan depan; mohon diperbarui dan dipasang."},
      {"Perubahan jam layanan di {x}",
       "Jam layanan yang ditampilkan di {x} perlu disesuaikan dengan jam layanan baru di {p}."},
  };
  if (kind == "complaint") return complaint;
  if (kind == "incident") return incident;
  if (kind == "problem") return problem;
  if (kind == "request") return request;
  return change;
}

const std::vector<std::string_view>& places() {
  static const std::vector<std::string_view> all{
      "Kelurahan Kartoharjo", "Kelurahan Manguharjo", "Kelurahan Taman", "Kelurahan Klegen", "Kelurahan Madiun Lor",
      "Kelurahan Nambangan Kidul", "Kelurahan Oro-Oro Ombo", "Kelurahan Pandean", "Kelurahan Josenan",
      "Kelurahan Demangan", "Kelurahan Kejuron", "Kelurahan Sogaten", "Kecamatan Taman", "Kecamatan Kartoharjo",
      "Kecamatan Manguharjo", "Mal Pelayanan Publik", "Puskesmas Oro-Oro Ombo", "Puskesmas Demangan",
      "Puskesmas Banjarejo", "RSUD Kota Madiun", "Balai Kota", "Gedung Diklat", "loket pelayanan lantai 1",
      "ruang arsip",
  };
  return all;
}

const std::vector<std::string_view>& questions() {
  static const std::vector<std::string_view> all{
      "Mohon kirimkan tangkapan layar pesan galat yang muncul.",
      "Mohon sebutkan nomor permohonan atau nomor antrean Anda.",
      "Di komputer mana saja gangguan ini terjadi? Mohon sebutkan nama ruangannya.",
      "Apakah gangguan masih terjadi setelah perangkat dinyalakan ulang?",
      "Mohon lengkapi nama dan NIP pegawai yang memerlukan akun.",
      "Sejak tanggal berapa data tersebut tidak sesuai?",
  };
  return all;
}

const std::vector<std::string_view>& reporter_replies() {
  static const std::vector<std::string_view> all{
      "Tangkapan layarnya sudah saya kirim lewat e-mail.",
      "Nomor permohonan saya ada di bukti pendaftaran, sudah saya lampirkan.",
      "Masih terjadi, di ruang pelayanan dan ruang kepala bidang.",
      "Sudah dinyalakan ulang tetapi masih sama.",
      "Datanya sudah saya lengkapi. Terima kasih.",
      "Sejak awal bulan ini.",
  };
  return all;
}

const std::vector<std::string_view>& escalation_reasons() {
  static const std::vector<std::string_view> all{
      "Perlu akses ke server di pusat data yang dikelola Diskominfo.",
      "Gangguan ada pada jaringan antar-perangkat daerah, di luar kewenangan Tier 1.",
      "Perlu perubahan konfigurasi aplikasi umum yang dikelola Diskominfo.",
      "Dugaan insiden keamanan; perlu ditangani tim CSIRT.",
      "Perlu sertifikat elektronik dan subdomain dari Diskominfo.",
  };
  return all;
}

const std::vector<std::string_view>& hand_back_reasons() {
  static const std::vector<std::string_view> all{
      "Server dan jaringan normal; masalah ada pada data di aplikasi perangkat daerah.",
      "Akses sudah dibuka; penyelesaian selanjutnya oleh operator perangkat daerah.",
      "Bukan gangguan pusat data; perangkat di kantor perlu diperiksa Tier 1.",
  };
  return all;
}

const std::vector<std::string_view>& resolutions() {
  static const std::vector<std::string_view> all{
      "Sudah diperbaiki dan diuji bersama pelapor; layanan berjalan normal kembali.",
      "Akun sudah dibuat; nama pengguna dan kata sandi awal dikirim ke e-mail pemohon.",
      "Data sudah dikoreksi sesuai dokumen yang dilampirkan.",
      "Perangkat jaringan diganti dan sambungan stabil sejak pukul 14.00.",
      "Permohonan sudah diverifikasi dan diteruskan ke bidang terkait; hasilnya dapat diambil di loket.",
      "Penyebabnya kapasitas server; kapasitas sudah ditambah dan kecepatan kembali normal.",
      "Penjelasan persyaratan sudah disampaikan kepada pelapor dan diumumkan di laman layanan.",
  };
  return all;
}

const std::vector<std::string_view>& reopen_reasons() {
  static const std::vector<std::string_view> all{
      "Pelapor menyampaikan gangguan yang sama muncul kembali.",
      "Perbaikan belum menyelesaikan seluruh masalah yang dilaporkan.",
  };
  return all;
}

const std::vector<std::string_view>& internal_notes() {
  static const std::vector<std::string_view> all{
      "Sudah dicek di log server, tidak ada galat pada jam tersebut.",
      "Koordinasi dengan vendor aplikasi lewat telepon; menunggu jawaban.",
      "Kemungkinan terkait pemeliharaan jaringan kemarin malam.",
      "Perlu dicatat untuk laporan bulanan ke Diskominfo.",
  };
  return all;
}

}  // namespace simpul::demo_ticket_texts
