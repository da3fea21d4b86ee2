# Loaded only by the fidelity comparison, through `jekyll build --plugins <this folder>`: once the
# site is written it records which source file became which published document (URL and output
# file), so the comparison reads Jekyll's own answer instead of re-deriving permalinks. Only
# documents Jekyll wrote are listed: unpublished, future and draft posts never reach `docs`.
require "json"

Jekyll::Hooks.register :site, :post_write do |site|
  report = ENV["POSTCLOUD_FIDELITY_REPORT"]
  next unless report

  documents = site.collections.values.select(&:write?).flat_map do |collection|
    collection.docs.map do |doc|
      {
        "collection" => collection.label,
        "file" => doc.relative_path,
        "url" => doc.url,
        "out" => doc.destination(site.dest)
      }
    end
  end
  File.write(report, JSON.generate({ "baseurl" => site.baseurl.to_s, "documents" => documents }))
end
