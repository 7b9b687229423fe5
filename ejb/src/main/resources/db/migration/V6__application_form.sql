-- The online form an application was submitted with (第四条: 网上申报), validated against the form of the
-- matter version it was made under and stored in normal form, as JSON.
ALTER TABLE application ADD COLUMN form_data VARCHAR(1000000) NOT NULL DEFAULT '{}';
